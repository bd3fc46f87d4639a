-- Contamination with NOT EXISTS on a differing variant, conversion with EXISTS; then AVG of
-- a 0/1 flag is the rate.
WITH members AS (
    SELECT a.user_id, a.variant, MIN(a.assigned_at) AS since
    FROM assignments AS a
    WHERE NOT EXISTS (
        SELECT 1 FROM assignments AS b WHERE b.user_id = a.user_id AND b.variant <> a.variant
    )
    GROUP BY a.user_id, a.variant
),
flags AS (
    SELECT m.variant,
           CASE WHEN EXISTS (
               SELECT 1 FROM conversions AS c
               WHERE c.user_id = m.user_id AND c.converted_at >= m.since
           ) THEN 1 ELSE 0 END AS converted
    FROM members AS m
)
SELECT variant, COUNT(*) AS users, SUM(converted) AS converters, AVG(converted) AS conversion_rate
FROM flags
GROUP BY variant;
