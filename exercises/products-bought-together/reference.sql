SELECT
    a.product AS product_a,
    b.product AS product_b,
    COUNT(DISTINCT a.order_id) AS orders
FROM order_lines AS a
JOIN order_lines AS b
  ON b.order_id = a.order_id
 AND a.product < b.product
GROUP BY a.product, b.product
HAVING COUNT(DISTINCT a.order_id) >= 2
ORDER BY orders DESC, product_a, product_b;
