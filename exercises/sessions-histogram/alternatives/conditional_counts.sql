-- A correlated subquery counts each user's sessions; five conditional counts, one per bucket,
-- are stacked with UNION ALL, so every bucket has its row even when nobody is in it.
WITH per_user AS (
    SELECT u.user_id,
           (SELECT COUNT(DISTINCT s.session_id) FROM sessions AS s
            WHERE s.user_id = u.user_id
              AND s.started_at >= DATE '2026-03-01' AND s.started_at < DATE '2026-04-01') AS n
    FROM users AS u
)
SELECT '0' AS bucket, COUNT(*) FILTER (WHERE n = 0) AS users FROM per_user
UNION ALL
SELECT '1', COUNT(*) FILTER (WHERE n = 1) FROM per_user
UNION ALL
SELECT '2-4', COUNT(*) FILTER (WHERE n BETWEEN 2 AND 4) FROM per_user
UNION ALL
SELECT '5-9', COUNT(*) FILTER (WHERE n BETWEEN 5 AND 9) FROM per_user
UNION ALL
SELECT '10+', COUNT(*) FILTER (WHERE n >= 10) FROM per_user
ORDER BY CASE bucket WHEN '0' THEN 1 WHEN '1' THEN 2 WHEN '2-4' THEN 3 WHEN '5-9' THEN 4
                     ELSE 5 END;
