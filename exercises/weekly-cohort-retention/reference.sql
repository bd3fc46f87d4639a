WITH cohorts AS (
    SELECT user_id, DATE_TRUNC('week', signed_up_at)::DATE AS cohort_week
    FROM users
),
visits AS (
    SELECT
        c.user_id,
        c.cohort_week,
        (DATE_TRUNC('week', a.active_at)::DATE - c.cohort_week) // 7 AS week_number
    FROM cohorts AS c
    LEFT JOIN activity AS a ON a.user_id = c.user_id
)
SELECT
    cohort_week,
    COUNT(DISTINCT user_id) AS cohort_size,
    COUNT(DISTINCT user_id) FILTER (WHERE week_number = 1) / COUNT(DISTINCT user_id) AS week_1,
    COUNT(DISTINCT user_id) FILTER (WHERE week_number = 2) / COUNT(DISTINCT user_id) AS week_2,
    COUNT(DISTINCT user_id) FILTER (WHERE week_number = 3) / COUNT(DISTINCT user_id) AS week_3
FROM visits
GROUP BY cohort_week
ORDER BY cohort_week;
