-- Aggregate the sales first with SUM(CASE ... ELSE 0 END) per region, then join that to every
-- region; COALESCE fills the regions that have no 2025 sales.
WITH board AS (
    SELECT
        region_id,
        SUM(CASE WHEN MONTH(sold_at) BETWEEN 1 AND 3 THEN amount ELSE 0 END) AS q1,
        SUM(CASE WHEN MONTH(sold_at) BETWEEN 4 AND 6 THEN amount ELSE 0 END) AS q2,
        SUM(CASE WHEN MONTH(sold_at) BETWEEN 7 AND 9 THEN amount ELSE 0 END) AS q3,
        SUM(CASE WHEN MONTH(sold_at) BETWEEN 10 AND 12 THEN amount ELSE 0 END) AS q4,
        SUM(amount) AS total
    FROM sales
    WHERE EXTRACT(year FROM sold_at) = 2025 AND region_id IS NOT NULL
    GROUP BY region_id
)
SELECT
    r.name AS region,
    COALESCE(b.q1, 0) AS q1,
    COALESCE(b.q2, 0) AS q2,
    COALESCE(b.q3, 0) AS q3,
    COALESCE(b.q4, 0) AS q4,
    COALESCE(b.total, 0) AS total
FROM regions AS r
LEFT JOIN board AS b ON b.region_id = r.id;
