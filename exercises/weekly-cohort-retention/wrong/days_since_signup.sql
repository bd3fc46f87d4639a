-- Counting seven-day blocks from the moment of signup is not calendar weeks: a Sunday signup who returns on Monday lands in week 0 instead of week 1.
WITH visits AS (
    SELECT u.user_id, DATE_TRUNC('week', u.signed_up_at)::DATE AS cohort_week,
           (a.active_at::DATE - u.signed_up_at::DATE) // 7 AS k
    FROM users AS u LEFT JOIN activity AS a ON a.user_id = u.user_id
)
SELECT cohort_week, COUNT(DISTINCT user_id) AS cohort_size,
       COUNT(DISTINCT user_id) FILTER (WHERE k = 1) / COUNT(DISTINCT user_id) AS week_1,
       COUNT(DISTINCT user_id) FILTER (WHERE k = 2) / COUNT(DISTINCT user_id) AS week_2,
       COUNT(DISTINCT user_id) FILTER (WHERE k = 3) / COUNT(DISTINCT user_id) AS week_3
FROM visits GROUP BY cohort_week ORDER BY cohort_week;
