-- logins(user_id, login_at)
-- Return: user_id, longest_streak (the most consecutive calendar days with a login).
SELECT
    NULL AS user_id,
    NULL AS longest_streak
WHERE FALSE;
