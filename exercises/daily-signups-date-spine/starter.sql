-- report(start_day, end_day) holds one row; signups(user_id, signed_up_at)
-- Return: day, signups for every day from start_day to end_day, sorted by day.
SELECT
    NULL AS day,
    NULL AS signups
WHERE FALSE;
