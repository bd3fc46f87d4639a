-- payments(id, user_id, paid_on, amount); amount is NULL for a failed payment
-- Return: user_id, id, paid_on, amount, running_total, sorted by user_id, paid_on, id.
SELECT
    NULL AS user_id,
    NULL AS id,
    NULL AS paid_on,
    NULL AS amount,
    NULL AS running_total
WHERE FALSE;
