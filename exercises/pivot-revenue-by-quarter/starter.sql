-- regions(id, name); sales(id, region_id, sold_at, amount)
-- Return: region, q1, q2, q3, q4, total for 2025, one row per region (0 where nothing sold).
SELECT
    NULL AS region,
    NULL AS q1,
    NULL AS q2,
    NULL AS q3,
    NULL AS q4,
    NULL AS total
WHERE FALSE;
