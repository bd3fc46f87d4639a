-- Long form first: a full grid of region x quarter (CROSS JOIN), each cell's revenue from a
-- correlated subquery, then MAX(CASE ...) turns the four cells into columns.
WITH quarters(q) AS (VALUES (1), (2), (3), (4)),
cells AS (
    SELECT
        r.id,
        r.name,
        q.q,
        (SELECT COALESCE(SUM(s.amount), 0) FROM sales AS s
         WHERE s.region_id = r.id
           AND s.sold_at >= MAKE_TIMESTAMP(2025, 3 * q.q - 2, 1, 0, 0, 0)
           AND s.sold_at < MAKE_TIMESTAMP(2025, 3 * q.q - 2, 1, 0, 0, 0) + INTERVAL 3 MONTH
        ) AS revenue
    FROM regions AS r CROSS JOIN quarters AS q
)
SELECT
    name AS region,
    MAX(CASE WHEN q = 1 THEN revenue END) AS q1,
    MAX(CASE WHEN q = 2 THEN revenue END) AS q2,
    MAX(CASE WHEN q = 3 THEN revenue END) AS q3,
    MAX(CASE WHEN q = 4 THEN revenue END) AS q4,
    SUM(revenue) AS total
FROM cells
GROUP BY id, name;
