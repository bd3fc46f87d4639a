-- SUM over no rows is NULL, so a quarter (or a whole region) without sales shows NULL instead of 0.
SELECT
    r.name AS region,
    SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 1) AS q1,
    SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 2) AS q2,
    SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 3) AS q3,
    SUM(s.amount) FILTER (WHERE QUARTER(s.sold_at) = 4) AS q4,
    SUM(s.amount) AS total
FROM regions AS r
LEFT JOIN sales AS s ON s.region_id = r.id AND YEAR(s.sold_at) = 2025
GROUP BY r.id, r.name;
