-- A window over each user's own active months: LEAD gives the next month they were active,
-- and they churned unless that is exactly one calendar month later.
WITH user_months AS (
    SELECT DISTINCT user_id, DATE_TRUNC('month', active_at) AS month FROM activity
),
with_next AS (
    SELECT month,
           LEAD(month) OVER (PARTITION BY user_id ORDER BY month) AS next_month
    FROM user_months
)
SELECT CAST(month AS DATE) AS month,
       COUNT(*) AS active_users,
       SUM(CASE WHEN next_month = month + INTERVAL 1 MONTH THEN 0 ELSE 1 END) AS churned_users,
       AVG(CASE WHEN next_month = month + INTERVAL 1 MONTH THEN 0.0 ELSE 1.0 END) AS churn_rate
FROM with_next
WHERE month < (SELECT MAX(month) FROM user_months)
GROUP BY month
ORDER BY month;
