-- orders(id, customer, amount)
-- Return: customer, second_amount (the second-largest distinct amount, NULL if there is none).
SELECT
    NULL AS customer,
    NULL AS second_amount
WHERE FALSE;
