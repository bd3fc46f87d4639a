-- orders(order_id, ordered_at, amount)
-- Return: month, revenue, revenue_year_ago, yoy_growth for every month, sorted by month.
SELECT
    NULL AS month,
    NULL AS revenue,
    NULL AS revenue_year_ago,
    NULL AS yoy_growth
WHERE FALSE;
