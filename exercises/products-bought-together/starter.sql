-- order_lines(line_id, order_id, product, quantity)
-- Return: product_a, product_b, orders for pairs in at least 2 orders, most orders first.
SELECT
    NULL AS product_a,
    NULL AS product_b,
    NULL AS orders
WHERE FALSE;
