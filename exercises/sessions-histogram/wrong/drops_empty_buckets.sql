-- Grouping the users by their bucket only returns buckets somebody is in: an empty bucket
-- disappears instead of showing 0.
WITH per_user AS (
    SELECT u.user_id, COUNT(DISTINCT s.session_id) AS n
    FROM users AS u
    LEFT JOIN sessions AS s ON s.user_id = u.user_id
     AND s.started_at >= TIMESTAMP '2026-03-01' AND s.started_at < TIMESTAMP '2026-04-01'
    GROUP BY u.user_id
)
SELECT CASE WHEN n = 0 THEN '0' WHEN n = 1 THEN '1' WHEN n <= 4 THEN '2-4'
            WHEN n <= 9 THEN '5-9' ELSE '10+' END AS bucket,
       COUNT(*) AS users
FROM per_user
GROUP BY 1
ORDER BY MIN(n);
