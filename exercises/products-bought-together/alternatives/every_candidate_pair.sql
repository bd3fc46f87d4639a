-- No self-join of the lines: every candidate pair of distinct products, and for each a
-- correlated count of the orders that hold both (two EXISTS tests).
WITH products AS (
    SELECT DISTINCT product FROM order_lines
),
orders AS (
    SELECT DISTINCT order_id FROM order_lines
),
counted AS (
    SELECT
        p.product AS product_a,
        q.product AS product_b,
        (SELECT COUNT(*) FROM orders AS o
         WHERE EXISTS (SELECT 1 FROM order_lines AS l
                       WHERE l.order_id = o.order_id AND l.product = p.product)
           AND EXISTS (SELECT 1 FROM order_lines AS l
                       WHERE l.order_id = o.order_id AND l.product = q.product)) AS orders
    FROM products AS p
    JOIN products AS q ON p.product < q.product
)
SELECT product_a, product_b, orders
FROM counted
WHERE orders >= 2
ORDER BY orders DESC, product_a, product_b;
