-- deliveries(id, city, delivery_minutes)
-- Return: city, median_minutes (NULL for a city with nothing delivered).
SELECT
    NULL AS city,
    NULL AS median_minutes
WHERE FALSE;
