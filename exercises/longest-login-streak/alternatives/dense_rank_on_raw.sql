-- DENSE_RANK gives equal days the same number, so the raw logins need no DISTINCT; the
-- streak length is then the number of distinct days in each group.
WITH islands AS (
    SELECT user_id,
           login_at::DATE AS day,
           login_at::DATE - (DENSE_RANK() OVER (
               PARTITION BY user_id ORDER BY login_at::DATE))::INTEGER AS island
    FROM logins
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, island, COUNT(DISTINCT day) AS n FROM islands GROUP BY user_id, island)
GROUP BY user_id;
