-- users(user_id, signed_up_at); activity(user_id, active_at)
-- Return: cohort_week, cohort_size, week_1, week_2, week_3, sorted by cohort_week.
SELECT
    NULL AS cohort_week,
    NULL AS cohort_size,
    NULL AS week_1,
    NULL AS week_2,
    NULL AS week_3
WHERE FALSE;
