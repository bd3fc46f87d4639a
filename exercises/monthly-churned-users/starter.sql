-- activity(user_id, active_at)
-- Return: month, active_users, churned_users, churn_rate for every month but the latest.
SELECT
    NULL AS month,
    NULL AS active_users,
    NULL AS churned_users,
    NULL AS churn_rate
WHERE FALSE;
