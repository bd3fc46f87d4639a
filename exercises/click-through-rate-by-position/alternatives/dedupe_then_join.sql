-- Reduce the click log to distinct impression ids first, then one LEFT JOIN has at most one
-- match per impression and plain COUNTs are safe; the rate is computed in DOUBLE explicitly.
WITH clicked AS (
    SELECT DISTINCT impression_id FROM clicks WHERE impression_id IS NOT NULL
),
per_position AS (
    SELECT i.position, COUNT(*) AS impressions, COUNT(k.impression_id) AS clicked
    FROM impressions AS i
    LEFT JOIN clicked AS k USING (impression_id)
    GROUP BY i.position
)
SELECT position, impressions, clicked, CAST(clicked AS DOUBLE) / impressions AS ctr
FROM per_position;
