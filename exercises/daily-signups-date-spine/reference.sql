WITH spine AS (
    SELECT UNNEST(generate_series(start_day, end_day, INTERVAL 1 DAY))::DATE AS day
    FROM report
)
SELECT d.day, COUNT(DISTINCT s.user_id) AS signups
FROM spine AS d
LEFT JOIN signups AS s ON s.signed_up_at::DATE = d.day
GROUP BY d.day
ORDER BY d.day;
