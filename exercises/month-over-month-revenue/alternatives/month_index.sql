-- Months as integers (year * 12 + month - 1), so the spine is a plain range and the previous
-- month is index - 1.
WITH indexed AS (
    SELECT YEAR(paid_at) * 12 + MONTH(paid_at) - 1 AS k, amount FROM payments
),
spine AS (
    SELECT r.range AS k
    FROM range((SELECT MIN(k) FROM indexed), (SELECT MAX(k) FROM indexed) + 1) AS r
),
filled AS (
    SELECT s.k, COALESCE(SUM(i.amount), 0) AS revenue
    FROM spine AS s LEFT JOIN indexed AS i ON i.k = s.k
    GROUP BY s.k
)
SELECT make_date((k // 12)::INTEGER, (k % 12 + 1)::INTEGER, 1) AS month,
       revenue,
       (revenue - LAG(revenue) OVER (ORDER BY k)) / NULLIF(LAG(revenue) OVER (ORDER BY k), 0)
           AS growth
FROM filled
ORDER BY k;
