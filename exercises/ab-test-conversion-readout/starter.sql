-- assignments(user_id, variant, assigned_at); conversions(user_id, converted_at)
-- Return: variant, users, converters, conversion_rate.
SELECT
    NULL AS variant,
    NULL AS users,
    NULL AS converters,
    NULL AS conversion_rate
WHERE FALSE;
