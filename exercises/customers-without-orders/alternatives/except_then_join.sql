-- Set difference on ids (the NULL customer_id of guest orders filtered out first), then the
-- names and the per-customer counts joined back, with COALESCE for customers never seen.
WITH quiet AS (
    SELECT id FROM customers
    EXCEPT
    SELECT customer_id FROM orders
    WHERE customer_id IS NOT NULL
      AND YEAR(ordered_at) = 2026 AND QUARTER(ordered_at) = 1
),
counts AS (
    SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id
)
SELECT c.id, c.name, COALESCE(n.n, 0) AS total_orders
FROM customers AS c
JOIN quiet AS q ON q.id = c.id
LEFT JOIN counts AS n ON n.customer_id = c.id;
