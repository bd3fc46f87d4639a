-- orders(id, ordered_at, amount)
-- Return: day, revenue, avg_7d for every day from the first to the last order day, by day.
SELECT
    NULL AS day,
    NULL AS revenue,
    NULL AS avg_7d
WHERE FALSE;
