-- One row per user with a 0/1 flag per week (MAX of a CASE), then the share is simply the
-- mean of the flags over the cohort.
WITH flags AS (
    SELECT
        u.user_id,
        DATE_TRUNC('week', u.signed_up_at) AS cohort_start,
        MAX(CASE WHEN DATE_DIFF('week', DATE_TRUNC('week', u.signed_up_at),
                                DATE_TRUNC('week', a.active_at)) = 1 THEN 1 ELSE 0 END) AS w1,
        MAX(CASE WHEN DATE_DIFF('week', DATE_TRUNC('week', u.signed_up_at),
                                DATE_TRUNC('week', a.active_at)) = 2 THEN 1 ELSE 0 END) AS w2,
        MAX(CASE WHEN DATE_DIFF('week', DATE_TRUNC('week', u.signed_up_at),
                                DATE_TRUNC('week', a.active_at)) = 3 THEN 1 ELSE 0 END) AS w3
    FROM users AS u
    LEFT JOIN activity AS a ON a.user_id = u.user_id
    GROUP BY u.user_id, u.signed_up_at
)
SELECT
    CAST(cohort_start AS DATE) AS cohort_week,
    COUNT(*) AS cohort_size,
    AVG(w1) AS week_1,
    AVG(w2) AS week_2,
    AVG(w3) AS week_3
FROM flags
GROUP BY cohort_start
ORDER BY cohort_start;
