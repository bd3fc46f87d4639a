-- Counting activity rows instead of distinct users: a user active several times in a month is
-- counted several times.
SELECT cur.month, COUNT(*) AS active_users,
       COUNT(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM activity AS n WHERE n.user_id = cur.user_id
             AND DATE_TRUNC('month', n.active_at) = cur.month + INTERVAL 1 MONTH))
           AS churned_users,
       COUNT(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM activity AS n WHERE n.user_id = cur.user_id
             AND DATE_TRUNC('month', n.active_at) = cur.month + INTERVAL 1 MONTH)) / COUNT(*)
           AS churn_rate
FROM (SELECT user_id, DATE_TRUNC('month', active_at)::DATE AS month FROM activity) AS cur
WHERE cur.month < (SELECT MAX(DATE_TRUNC('month', active_at)) FROM activity)
GROUP BY cur.month
ORDER BY cur.month;
