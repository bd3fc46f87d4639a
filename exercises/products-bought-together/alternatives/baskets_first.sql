-- Reduce the lines to distinct (order, product) baskets first; then a plain self-join has one
-- row per pair per order and COUNT(*) is the number of orders.
WITH baskets AS (
    SELECT DISTINCT order_id, product FROM order_lines
)
SELECT a.product AS product_a, b.product AS product_b, COUNT(*) AS orders
FROM baskets AS a
JOIN baskets AS b USING (order_id)
WHERE a.product < b.product
GROUP BY 1, 2
HAVING COUNT(*) > 1
ORDER BY 3 DESC, 1, 2;
