-- ROW_NUMBER numbers tied amounts apart, so a repeated top amount is reported as the second.
SELECT customer, MAX(amount) FILTER (WHERE n = 2) AS second_amount
FROM (
    SELECT customer, amount,
           ROW_NUMBER() OVER (PARTITION BY customer ORDER BY amount DESC) AS n
    FROM orders
    WHERE amount IS NOT NULL
)
GROUP BY customer;
