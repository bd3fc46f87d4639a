-- A value is a middle value when at most half of the city's delivered times lie strictly
-- below it and at most half strictly above it; the median is the mean of the smallest and
-- largest such values.
WITH delivered AS (
    SELECT city, delivery_minutes AS m FROM deliveries WHERE delivery_minutes IS NOT NULL
),
middle AS (
    SELECT d.city, d.m
    FROM delivered AS d
    WHERE 2 * (SELECT COUNT(*) FROM delivered AS o WHERE o.city = d.city AND o.m < d.m)
              <= (SELECT COUNT(*) FROM delivered AS o WHERE o.city = d.city)
      AND 2 * (SELECT COUNT(*) FROM delivered AS o WHERE o.city = d.city AND o.m > d.m)
              <= (SELECT COUNT(*) FROM delivered AS o WHERE o.city = d.city)
)
SELECT c.city, (MIN(mid.m) + MAX(mid.m)) / 2.0 AS median_minutes
FROM (SELECT DISTINCT city FROM deliveries) AS c
LEFT JOIN middle AS mid ON mid.city = c.city
GROUP BY c.city;
