-- Lists instead of rows: collect each endpoint's measured latencies into a sorted list and
-- read the two neighbours of the position straight out of it (lists count from 1).
WITH lists AS (
    SELECT endpoint, list_sort(list(latency_ms) FILTER (WHERE latency_ms IS NOT NULL)) AS xs
    FROM requests
    GROUP BY endpoint
),
positioned AS (
    SELECT endpoint, xs, COALESCE(len(xs), 0) AS n, 0.9 * (len(xs) - 1) AS p FROM lists
)
SELECT endpoint, n AS measured,
       CASE WHEN n > 0 THEN
           xs[CAST(floor(p) AS BIGINT) + 1]
           + (p - floor(p)) * (xs[CAST(ceil(p) AS BIGINT) + 1] - xs[CAST(floor(p) AS BIGINT) + 1])
       END AS p90_ms
FROM positioned;
