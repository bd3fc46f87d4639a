-- The spine is there but without COALESCE an empty month has NULL revenue (not 0), and its
-- fall from the month before comes out NULL instead of -1.
WITH monthly AS (
    SELECT DATE_TRUNC('month', paid_at)::DATE AS month, SUM(amount) AS revenue
    FROM payments GROUP BY 1
),
months AS (
    SELECT UNNEST(generate_series(MIN(month), MAX(month), INTERVAL 1 MONTH))::DATE AS month
    FROM monthly
)
SELECT m.month, r.revenue,
       (r.revenue - LAG(r.revenue) OVER (ORDER BY m.month))
           / NULLIF(LAG(r.revenue) OVER (ORDER BY m.month), 0) AS growth
FROM months AS m LEFT JOIN monthly AS r USING (month)
ORDER BY m.month;
