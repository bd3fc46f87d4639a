-- An inner join keeps only clicked impressions: positions nobody clicked vanish and every
-- rate becomes 1.
SELECT
    i.position,
    COUNT(DISTINCT i.impression_id) AS impressions,
    COUNT(DISTINCT c.impression_id) AS clicked,
    COUNT(DISTINCT c.impression_id) / COUNT(DISTINCT i.impression_id) AS ctr
FROM impressions AS i
JOIN clicks AS c ON c.impression_id = i.impression_id
GROUP BY i.position;
