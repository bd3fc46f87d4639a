-- Straight joins and COUNT(DISTINCT ...): the numerator counts distinct converting users.
WITH firsts AS (
    SELECT user_id, ANY_VALUE(variant) AS variant, MIN(assigned_at) AS since,
           COUNT(DISTINCT variant) AS n_variants
    FROM assignments
    GROUP BY user_id
)
SELECT
    f.variant,
    COUNT(DISTINCT f.user_id) AS users,
    COUNT(DISTINCT c.user_id) AS converters,
    COUNT(DISTINCT c.user_id) / COUNT(DISTINCT f.user_id) AS conversion_rate
FROM firsts AS f
LEFT JOIN conversions AS c ON c.user_id = f.user_id AND c.converted_at >= f.since
WHERE f.n_variants = 1
GROUP BY f.variant;
