-- One aggregation: the distinct priced amounts in descending order, second element
-- (indexing past the end of a list gives NULL).
SELECT
    customer,
    list_sort(list(DISTINCT amount) FILTER (WHERE amount IS NOT NULL), 'DESC')[2] AS second_amount
FROM orders
GROUP BY customer;
