-- users(user_id, name); sessions(session_id, user_id, started_at)
-- Return: bucket, users for the buckets '0', '1', '2-4', '5-9', '10+' in that order.
SELECT
    NULL AS bucket,
    NULL AS users
WHERE FALSE;
