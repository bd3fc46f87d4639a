-- payments(id, paid_at, amount)
-- Return: month, revenue, growth for every month from the first to the last payment, by month.
SELECT
    NULL AS month,
    NULL AS revenue,
    NULL AS growth
WHERE FALSE;
