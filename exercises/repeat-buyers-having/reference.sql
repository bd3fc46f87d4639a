SELECT
    customer_id,
    COUNT(DISTINCT order_id) AS orders,
    SUM(amount) AS total_spent
FROM order_lines
WHERE customer_id IS NOT NULL
  AND ordered_at >= TIMESTAMP '2025-01-01 00:00:00'
  AND ordered_at < TIMESTAMP '2026-01-01 00:00:00'
GROUP BY customer_id
HAVING COUNT(DISTINCT order_id) >= 3 AND SUM(amount) >= 500;
