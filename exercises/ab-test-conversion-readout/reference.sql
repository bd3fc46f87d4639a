WITH members AS (
    SELECT user_id, MIN(variant) AS variant, MIN(assigned_at) AS since
    FROM assignments
    GROUP BY user_id
    HAVING COUNT(DISTINCT variant) = 1
),
outcome AS (
    SELECT m.user_id, m.variant, COUNT(c.user_id) > 0 AS converted
    FROM members AS m
    LEFT JOIN conversions AS c ON c.user_id = m.user_id AND c.converted_at >= m.since
    GROUP BY m.user_id, m.variant
)
SELECT
    variant,
    COUNT(*) AS users,
    COUNT(*) FILTER (WHERE converted) AS converters,
    COUNT(*) FILTER (WHERE converted) / COUNT(*) AS conversion_rate
FROM outcome
GROUP BY variant;
