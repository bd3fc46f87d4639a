WITH quiet AS (
    SELECT c.id, c.name
    FROM customers AS c
    LEFT JOIN orders AS o
      ON o.customer_id = c.id
     AND o.ordered_at >= TIMESTAMP '2026-01-01 00:00:00'
     AND o.ordered_at < TIMESTAMP '2026-04-01 00:00:00'
    WHERE o.id IS NULL
)
SELECT q.id, q.name, COUNT(o.id) AS total_orders
FROM quiet AS q
LEFT JOIN orders AS o ON o.customer_id = q.id
GROUP BY q.id, q.name;
