-- Counting joined rows instead of users: repeat assignments and repeat conversions inflate
-- both counts.
WITH clean AS (
    SELECT a.* FROM assignments AS a
    WHERE a.user_id IN (SELECT user_id FROM assignments GROUP BY user_id
                        HAVING COUNT(DISTINCT variant) = 1)
)
SELECT a.variant, COUNT(*) AS users, COUNT(c.user_id) AS converters,
       COUNT(c.user_id) / COUNT(*) AS conversion_rate
FROM clean AS a
LEFT JOIN conversions AS c ON c.user_id = a.user_id AND c.converted_at >= a.assigned_at
GROUP BY a.variant;
