-- Forgetting the contamination rule: a user who saw both variants is counted in each.
WITH members AS (
    SELECT user_id, variant, MIN(assigned_at) AS since
    FROM assignments GROUP BY user_id, variant
)
SELECT m.variant, COUNT(DISTINCT m.user_id) AS users, COUNT(DISTINCT c.user_id) AS converters,
       COUNT(DISTINCT c.user_id) / COUNT(DISTINCT m.user_id) AS conversion_rate
FROM members AS m
LEFT JOIN conversions AS c ON c.user_id = m.user_id AND c.converted_at >= m.since
GROUP BY m.variant;
