SELECT
    i.position,
    COUNT(DISTINCT i.impression_id) AS impressions,
    COUNT(DISTINCT c.impression_id) AS clicked,
    COUNT(DISTINCT c.impression_id) / COUNT(DISTINCT i.impression_id) AS ctr
FROM impressions AS i
LEFT JOIN clicks AS c ON c.impression_id = i.impression_id
GROUP BY i.position;
