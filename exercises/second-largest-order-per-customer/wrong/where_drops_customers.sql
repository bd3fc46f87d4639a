-- Filtering on place = 2 keeps only customers who have a second amount: the NULL rows vanish.
SELECT customer, amount AS second_amount
FROM (
    SELECT DISTINCT customer, amount,
           DENSE_RANK() OVER (PARTITION BY customer ORDER BY amount DESC) AS place
    FROM orders
    WHERE amount IS NOT NULL
)
WHERE place = 2;
