SELECT
    endpoint,
    COUNT(latency_ms) AS measured,
    PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY latency_ms) AS p90_ms
FROM requests
GROUP BY endpoint;
