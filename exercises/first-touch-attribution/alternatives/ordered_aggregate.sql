-- An ordered aggregate per user: the first channel when the user's visits are sorted by time,
-- then by visit_id; no ranking and no join.
SELECT user_id, FIRST(COALESCE(channel, 'direct') ORDER BY visited_at, visit_id) AS channel
FROM visits
GROUP BY user_id;
