-- ROW_NUMBER over raw logins counts a second login on the same day as a step, which breaks a
-- streak at every day with more than one login.
WITH islands AS (
    SELECT user_id,
           login_at::DATE - (ROW_NUMBER() OVER (
               PARTITION BY user_id ORDER BY login_at))::INTEGER AS island
    FROM logins
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, island, COUNT(*) AS n FROM islands GROUP BY user_id, island)
GROUP BY user_id;
