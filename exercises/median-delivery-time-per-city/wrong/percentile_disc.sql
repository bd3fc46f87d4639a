-- PERCENTILE_DISC returns a stored value (the lower middle one), not the mean of the two
-- middle values of an even count.
SELECT city, PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY delivery_minutes) AS median_minutes
FROM deliveries
GROUP BY city;
