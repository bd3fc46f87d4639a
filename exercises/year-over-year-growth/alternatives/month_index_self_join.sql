-- Months as integers (year * 12 + month - 1): the spine is a plain range and a year earlier is
-- index - 12, found with a self-join instead of a window.
WITH indexed AS (
    SELECT YEAR(ordered_at) * 12 + MONTH(ordered_at) - 1 AS k, amount FROM orders
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
SELECT make_date((cur.k // 12)::INTEGER, (cur.k % 12 + 1)::INTEGER, 1) AS month,
       cur.revenue,
       ago.revenue AS revenue_year_ago,
       CASE WHEN ago.revenue <> 0 THEN (cur.revenue - ago.revenue) / ago.revenue END
           AS yoy_growth
FROM filled AS cur
LEFT JOIN filled AS ago ON ago.k = cur.k - 12
ORDER BY cur.k;
