-- customer_updates(update_id, customer_id, email, plan, updated_at)
-- Return: customer_id, email, plan, updated_at of each customer's latest row.
SELECT
    NULL AS customer_id,
    NULL AS email,
    NULL AS plan,
    NULL AS updated_at
WHERE FALSE;
