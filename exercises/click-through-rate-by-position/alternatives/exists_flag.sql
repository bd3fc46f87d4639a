-- One row per impression with a 0/1 flag from a correlated EXISTS; the rate is the mean of
-- the flag, so no join can multiply rows.
WITH flagged AS (
    SELECT
        i.position,
        CASE WHEN EXISTS (
            SELECT 1 FROM clicks AS c WHERE c.impression_id = i.impression_id
        ) THEN 1 ELSE 0 END AS was_clicked
    FROM impressions AS i
)
SELECT position, COUNT(*) AS impressions, SUM(was_clicked) AS clicked,
       AVG(was_clicked) AS ctr
FROM flagged
GROUP BY position;
