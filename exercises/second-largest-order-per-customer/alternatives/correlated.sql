-- No window functions: the largest amount strictly below the customer's largest amount.
SELECT
    c.customer,
    (
        SELECT MAX(o.amount)
        FROM orders AS o
        WHERE o.customer = c.customer
          AND o.amount < (SELECT MAX(top.amount) FROM orders AS top WHERE top.customer = c.customer)
    ) AS second_amount
FROM (SELECT DISTINCT customer FROM orders) AS c;
