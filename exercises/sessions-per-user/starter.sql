-- events(user_id, event_at)
-- Return: user_id, sessions (a gap of more than 30 minutes starts a new session).
SELECT
    NULL AS user_id,
    NULL AS sessions
WHERE FALSE;
