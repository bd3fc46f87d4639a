-- Testing a column that can be NULL in a real order (amount) instead of the join key reports customers whose only order has no amount.
SELECT c.id, c.name, (SELECT COUNT(*) FROM orders AS a WHERE a.customer_id = c.id) AS total_orders
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND o.ordered_at >= TIMESTAMP '2026-01-01' AND o.ordered_at < TIMESTAMP '2026-04-01'
WHERE o.amount IS NULL;
