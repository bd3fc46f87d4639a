-- One outer join and one GROUP BY: count all orders, and keep the customers whose count of
-- orders inside the quarter is 0 (COUNT of a column skips the padding row).
SELECT c.id, c.name, COUNT(o.id) AS total_orders
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
HAVING COUNT(o.id) FILTER (
    WHERE o.ordered_at::DATE BETWEEN DATE '2026-01-01' AND DATE '2026-03-31'
) = 0;
