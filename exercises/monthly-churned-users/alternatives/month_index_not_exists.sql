-- Months as integers (year * 12 + month - 1), so the next month is index + 1 even across a
-- year end; churn is a correlated NOT EXISTS.
WITH user_months AS (
    SELECT DISTINCT user_id, YEAR(active_at) * 12 + MONTH(active_at) - 1 AS k FROM activity
),
flagged AS (
    SELECT u.k,
           CASE WHEN NOT EXISTS (
               SELECT 1 FROM user_months AS n WHERE n.user_id = u.user_id AND n.k = u.k + 1
           ) THEN 1 ELSE 0 END AS churned
    FROM user_months AS u
    WHERE u.k < (SELECT MAX(k) FROM user_months)
)
SELECT make_date((k // 12)::INTEGER, (k % 12 + 1)::INTEGER, 1) AS month,
       COUNT(*) AS active_users, SUM(churned) AS churned_users, AVG(churned) AS churn_rate
FROM flagged
GROUP BY k
ORDER BY k;
