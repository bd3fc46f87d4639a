-- COUNT(*) counts the row the LEFT JOIN pads with NULLs, so a customer who never ordered gets 1 order instead of 0.
SELECT c.id, c.name, COUNT(*) AS total_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE NOT EXISTS (
    SELECT 1 FROM orders AS q
    WHERE q.customer_id = c.id
      AND q.ordered_at >= TIMESTAMP '2026-01-01' AND q.ordered_at < TIMESTAMP '2026-04-01'
)
GROUP BY c.id, c.name;
