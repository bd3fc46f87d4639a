-- COUNT(session_id) counts logged rows, so a session logged twice counts as two sessions.
WITH per_user AS (
    SELECT u.user_id, COUNT(s.session_id) AS n
    FROM users AS u
    LEFT JOIN sessions AS s ON s.user_id = u.user_id
     AND s.started_at >= TIMESTAMP '2026-03-01' AND s.started_at < TIMESTAMP '2026-04-01'
    GROUP BY u.user_id
),
buckets(position, bucket, low, high) AS (
    VALUES (1, '0', 0, 0), (2, '1', 1, 1), (3, '2-4', 2, 4), (4, '5-9', 5, 9),
           (5, '10+', 10, NULL)
)
SELECT b.bucket, COUNT(p.user_id) AS users
FROM buckets AS b
LEFT JOIN per_user AS p ON p.n >= b.low AND (b.high IS NULL OR p.n <= b.high)
GROUP BY b.position, b.bucket
ORDER BY b.position;
