-- Dividing the window's sum by 7 on every day counts six phantom zero days before the first
-- order day, so the first days of the report come out too low.
WITH daily AS (
    SELECT ordered_at::DATE AS day, SUM(amount) AS revenue FROM orders GROUP BY 1
),
spine AS (
    SELECT UNNEST(generate_series(MIN(day), MAX(day), INTERVAL 1 DAY))::DATE AS day FROM daily
),
filled AS (
    SELECT s.day, COALESCE(d.revenue, 0) AS revenue
    FROM spine AS s LEFT JOIN daily AS d USING (day)
)
SELECT day, revenue,
       SUM(revenue) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) / 7 AS avg_7d
FROM filled
ORDER BY day;
