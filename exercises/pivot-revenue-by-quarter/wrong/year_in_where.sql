-- Testing the year in WHERE after the LEFT JOIN drops the padded rows, so every region that sold nothing in 2025 disappears.
SELECT
    r.name AS region,
    COALESCE(SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 1), 0) AS q1,
    COALESCE(SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 2), 0) AS q2,
    COALESCE(SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 3), 0) AS q3,
    COALESCE(SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 4), 0) AS q4,
    COALESCE(SUM(s.amount), 0) AS total
FROM regions AS r
LEFT JOIN sales AS s ON s.region_id = r.id
WHERE YEAR(s.sold_at) = 2025
GROUP BY r.id, r.name;
