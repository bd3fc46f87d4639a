-- Two levels of grouping: lines into orders first, then orders into customers, where a plain
-- COUNT(*) counts orders.
WITH orders_2025 AS (
    SELECT order_id, customer_id, SUM(amount) AS order_total
    FROM order_lines
    WHERE YEAR(ordered_at) = 2025
    GROUP BY order_id, customer_id
)
SELECT customer_id, COUNT(*) AS orders, SUM(order_total) AS total_spent
FROM orders_2025
WHERE customer_id IS NOT NULL
GROUP BY customer_id
HAVING COUNT(*) >= 3 AND SUM(order_total) >= 500.00;
