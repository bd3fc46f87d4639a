WITH ranked AS (
    SELECT
        customer,
        amount,
        DENSE_RANK() OVER (PARTITION BY customer ORDER BY amount DESC) AS place
    FROM orders
    WHERE amount IS NOT NULL
),
customers AS (
    SELECT DISTINCT customer FROM orders
)
SELECT c.customer, MAX(r.amount) AS second_amount
FROM customers AS c
LEFT JOIN ranked AS r ON r.customer = c.customer AND r.place = 2
GROUP BY c.customer;
