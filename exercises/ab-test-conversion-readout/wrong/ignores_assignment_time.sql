-- Any conversion counts, even one made before the user was assigned.
WITH members AS (
    SELECT user_id, MIN(variant) AS variant FROM assignments
    GROUP BY user_id HAVING COUNT(DISTINCT variant) = 1
)
SELECT m.variant, COUNT(DISTINCT m.user_id) AS users, COUNT(DISTINCT c.user_id) AS converters,
       COUNT(DISTINCT c.user_id) / COUNT(DISTINCT m.user_id) AS conversion_rate
FROM members AS m
LEFT JOIN conversions AS c ON c.user_id = m.user_id
GROUP BY m.variant;
