-- Without a percentile function: number the delivered orders of each city and average the one
-- or two rows in the middle; a LEFT JOIN keeps the cities with nothing delivered.
WITH numbered AS (
    SELECT city, delivery_minutes AS m,
           ROW_NUMBER() OVER (PARTITION BY city ORDER BY delivery_minutes) AS n,
           COUNT(*) OVER (PARTITION BY city) AS total
    FROM deliveries
    WHERE delivery_minutes IS NOT NULL
)
SELECT c.city, AVG(x.m) AS median_minutes
FROM (SELECT DISTINCT city FROM deliveries) AS c
LEFT JOIN numbered AS x
  ON x.city = c.city AND x.n IN ((x.total + 1) // 2, (x.total + 2) // 2)
GROUP BY c.city;
