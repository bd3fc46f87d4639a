-- Testing the year in HAVING only asks whether the customer ordered in 2025 at all; their orders from other years still count towards the three orders and the 500.
SELECT customer_id, COUNT(DISTINCT order_id) AS orders, SUM(amount) AS total_spent
FROM order_lines
WHERE customer_id IS NOT NULL
GROUP BY customer_id
HAVING COUNT(DISTINCT order_id) >= 3 AND SUM(amount) >= 500
   AND MAX(ordered_at) >= TIMESTAMP '2025-01-01' AND MIN(ordered_at) < TIMESTAMP '2026-01-01';
