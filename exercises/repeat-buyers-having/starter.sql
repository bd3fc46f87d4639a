-- order_lines(order_id, customer_id, ordered_at, amount)
-- Return: customer_id, orders, total_spent for customers with >= 3 orders and >= 500.00 in 2025.
SELECT
    NULL AS customer_id,
    NULL AS orders,
    NULL AS total_spent
WHERE FALSE;
