-- RANGE 7 days PRECEDING spans eight days (the day itself plus seven before it).
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
       AVG(revenue) OVER (ORDER BY day RANGE BETWEEN INTERVAL 7 DAYS PRECEDING AND CURRENT ROW)
           AS avg_7d
FROM filled
ORDER BY day;
