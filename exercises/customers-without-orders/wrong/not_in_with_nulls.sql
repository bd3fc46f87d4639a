-- NOT IN against a list that holds a NULL (a guest order's customer_id) is never true, so no customer is returned.
SELECT c.id, c.name, (SELECT COUNT(*) FROM orders AS a WHERE a.customer_id = c.id) AS total_orders
FROM customers AS c
WHERE c.id NOT IN (
    SELECT customer_id FROM orders
    WHERE ordered_at >= TIMESTAMP '2026-01-01' AND ordered_at < TIMESTAMP '2026-04-01'
);
