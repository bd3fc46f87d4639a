-- No window functions: a recursive list of months, each joined to the month before it.
WITH RECURSIVE months(month) AS (
    SELECT DATE_TRUNC('month', MIN(paid_at))::DATE FROM payments
    UNION ALL
    SELECT (month + INTERVAL 1 MONTH)::DATE FROM months
    WHERE month < (SELECT DATE_TRUNC('month', MAX(paid_at))::DATE FROM payments)
),
filled AS (
    SELECT m.month,
           COALESCE((SELECT SUM(p.amount) FROM payments AS p
                     WHERE p.paid_at >= m.month AND p.paid_at < m.month + INTERVAL 1 MONTH), 0)
               AS revenue
    FROM months AS m
    WHERE m.month IS NOT NULL
)
SELECT cur.month, cur.revenue,
       CASE WHEN prev.revenue <> 0 THEN (cur.revenue - prev.revenue) / prev.revenue END AS growth
FROM filled AS cur
LEFT JOIN filled AS prev ON prev.month = (cur.month - INTERVAL 1 MONTH)::DATE
ORDER BY cur.month;
