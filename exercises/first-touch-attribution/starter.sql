-- visits(visit_id, user_id, channel, visited_at)
-- Return: user_id, channel of each user's first visit ('direct' for a NULL channel).
SELECT
    NULL AS user_id,
    NULL AS channel
WHERE FALSE;
