-- Without a percentile function: number the measured latencies of each endpoint from 0, find
-- the two rows around position 9 (n - 1) / 10 in integer arithmetic, and interpolate.
WITH numbered AS (
    SELECT endpoint, latency_ms AS v,
           ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY latency_ms) - 1 AS k,
           COUNT(*) OVER (PARTITION BY endpoint) AS n
    FROM requests
    WHERE latency_ms IS NOT NULL
),
around AS (
    SELECT endpoint,
           MAX(v) FILTER (WHERE k = (9 * (n - 1)) // 10) AS below,
           MAX(v) FILTER (WHERE k = (9 * (n - 1) + 9) // 10) AS above,
           ANY_VALUE((9 * (n - 1)) % 10) / 10 AS fraction
    FROM numbered
    GROUP BY endpoint
)
SELECT e.endpoint,
       (SELECT COUNT(latency_ms) FROM requests AS r WHERE r.endpoint = e.endpoint) AS measured,
       a.below + a.fraction * (a.above - a.below) AS p90_ms
FROM (SELECT DISTINCT endpoint FROM requests) AS e
LEFT JOIN around AS a ON a.endpoint = e.endpoint;
