SELECT
    city,
    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY delivery_minutes) AS median_minutes
FROM deliveries
GROUP BY city;
