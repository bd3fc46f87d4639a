-- Turning undelivered orders into 0 minutes drags the median down and gives a city with
-- nothing delivered a median of 0.
SELECT city,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY COALESCE(delivery_minutes, 0)) AS median_minutes
FROM deliveries
GROUP BY city;
