-- No window functions: for each day of the spine, sum the orders of its seven-day window and
-- divide by the number of report days that window covers.
WITH bounds AS (
    SELECT MIN(ordered_at)::DATE AS first_day, MAX(ordered_at)::DATE AS last_day FROM orders
),
spine AS (
    SELECT (b.first_day + r.range::INTEGER) AS day, b.first_day
    FROM bounds AS b, range(0, 100000) AS r
    WHERE b.first_day + r.range::INTEGER <= b.last_day
)
SELECT
    s.day,
    COALESCE((SELECT SUM(o.amount) FROM orders AS o WHERE o.ordered_at::DATE = s.day), 0)
        AS revenue,
    COALESCE((
        SELECT SUM(o.amount) FROM orders AS o
        WHERE o.ordered_at::DATE BETWEEN s.day - 6 AND s.day
    ), 0) / LEAST(7, s.day - s.first_day + 1) AS avg_7d
FROM spine AS s
ORDER BY s.day;
