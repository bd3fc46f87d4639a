WITH daily AS (
    SELECT ordered_at::DATE AS day, SUM(amount) AS revenue
    FROM orders
    GROUP BY ordered_at::DATE
),
spine AS (
    SELECT UNNEST(generate_series(MIN(day), MAX(day), INTERVAL 1 DAY))::DATE AS day
    FROM daily
),
filled AS (
    SELECT s.day, COALESCE(d.revenue, 0) AS revenue
    FROM spine AS s
    LEFT JOIN daily AS d ON d.day = s.day
)
SELECT
    day,
    revenue,
    AVG(revenue) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS avg_7d
FROM filled
ORDER BY day;
