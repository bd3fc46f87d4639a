-- No joins to aggregate over: for each user and each week a correlated EXISTS looks for an
-- activity between that week's Monday and the next, and the shares are ratios of sums.
WITH cohorts AS (
    SELECT user_id, DATE_TRUNC('week', signed_up_at)::DATE AS monday FROM users
),
weeks(n) AS (VALUES (1), (2), (3)),
hits AS (
    SELECT
        c.monday,
        c.user_id,
        w.n,
        EXISTS (
            SELECT 1 FROM activity AS a
            WHERE a.user_id = c.user_id
              AND a.active_at >= c.monday + 7 * w.n
              AND a.active_at < c.monday + 7 * (w.n + 1)
        )::INTEGER AS hit
    FROM cohorts AS c CROSS JOIN weeks AS w
)
SELECT
    monday AS cohort_week,
    COUNT(*) // 3 AS cohort_size,
    SUM(hit) FILTER (WHERE n = 1) * 1.0 / (COUNT(*) // 3) AS week_1,
    SUM(hit) FILTER (WHERE n = 2) * 1.0 / (COUNT(*) // 3) AS week_2,
    SUM(hit) FILTER (WHERE n = 3) * 1.0 / (COUNT(*) // 3) AS week_3
FROM hits
GROUP BY monday
ORDER BY monday;
