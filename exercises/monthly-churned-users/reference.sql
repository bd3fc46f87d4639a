WITH user_months AS (
    SELECT DISTINCT user_id, DATE_TRUNC('month', active_at)::DATE AS month
    FROM activity
)
SELECT
    cur.month,
    COUNT(*) AS active_users,
    COUNT(*) FILTER (WHERE nxt.user_id IS NULL) AS churned_users,
    COUNT(*) FILTER (WHERE nxt.user_id IS NULL) / COUNT(*) AS churn_rate
FROM user_months AS cur
LEFT JOIN user_months AS nxt
  ON nxt.user_id = cur.user_id
 AND nxt.month = cur.month + INTERVAL 1 MONTH
WHERE cur.month < (SELECT MAX(month) FROM user_months)
GROUP BY cur.month
ORDER BY cur.month;
