-- COUNT(*) after a LEFT JOIN counts joined rows, so a double-clicked impression counts as
-- two impressions and two clicks.
SELECT
    i.position,
    COUNT(*) AS impressions,
    COUNT(c.impression_id) AS clicked,
    COUNT(c.impression_id) / COUNT(*) AS ctr
FROM impressions AS i
LEFT JOIN clicks AS c ON c.impression_id = i.impression_id
GROUP BY i.position;
