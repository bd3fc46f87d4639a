-- Deduplicate March sessions first, label each user with a CASE, count per label, and fill
-- the labels nobody has from a VALUES list with COALESCE.
WITH march AS (
    SELECT DISTINCT session_id, user_id FROM sessions
    WHERE DATE_TRUNC('month', started_at) = DATE '2026-03-01'
),
per_user AS (
    SELECT u.user_id, COUNT(m.session_id) AS n
    FROM users AS u LEFT JOIN march AS m USING (user_id)
    GROUP BY u.user_id
),
labelled AS (
    SELECT CASE WHEN n = 0 THEN '0' WHEN n = 1 THEN '1' WHEN n <= 4 THEN '2-4'
                WHEN n <= 9 THEN '5-9' ELSE '10+' END AS bucket
    FROM per_user
),
tally AS (
    SELECT bucket, COUNT(*) AS users FROM labelled GROUP BY bucket
)
SELECT b.bucket, COALESCE(t.users, 0) AS users
FROM (VALUES (1, '0'), (2, '1'), (3, '2-4'), (4, '5-9'), (5, '10+')) AS b(position, bucket)
LEFT JOIN tally AS t ON t.bucket = b.bucket
ORDER BY b.position;
