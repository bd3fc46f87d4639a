-- The islands are right, but COUNT(*) counts logins, not days: two logins in a day add two.
WITH islands AS (
    SELECT user_id,
           login_at::DATE - (DENSE_RANK() OVER (
               PARTITION BY user_id ORDER BY login_at::DATE))::INTEGER AS island
    FROM logins
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, island, COUNT(*) AS n FROM islands GROUP BY user_id, island)
GROUP BY user_id;
