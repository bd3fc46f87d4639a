-- Windowing over the days that have orders: empty days are missing from the report, and
-- "6 PRECEDING" reaches back six order days, not six calendar days.
SELECT
    ordered_at::DATE AS day,
    SUM(amount) AS revenue,
    AVG(SUM(amount)) OVER (ORDER BY ordered_at::DATE ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
        AS avg_7d
FROM orders
GROUP BY ordered_at::DATE
ORDER BY day;
