-- Without dropping NULL amounts, DESC sorts NULL first in DuckDB: the NULL takes place 1 and
-- the true largest amount is reported as the second.
SELECT c.customer, MAX(r.amount) AS second_amount
FROM (SELECT DISTINCT customer FROM orders) AS c
LEFT JOIN (
    SELECT customer, amount,
           DENSE_RANK() OVER (PARTITION BY customer ORDER BY amount DESC NULLS FIRST) AS place
    FROM orders
) AS r ON r.customer = c.customer AND r.place = 2
GROUP BY c.customer;
