-- A correlated NOT EXISTS keeps a customer when no order of theirs falls in the quarter; a
-- scalar subquery counts their orders.
SELECT
    c.id,
    c.name,
    (SELECT COUNT(*) FROM orders AS a WHERE a.customer_id = c.id) AS total_orders
FROM customers AS c
WHERE NOT EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.customer_id = c.id
      AND o.ordered_at BETWEEN TIMESTAMP '2026-01-01 00:00:00'
                           AND TIMESTAMP '2026-03-31 23:59:59.999999'
);
