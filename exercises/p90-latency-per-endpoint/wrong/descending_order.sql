-- Sorting the latencies in descending order turns the 90th percentile into the 10th: the
-- fastest requests instead of the slowest.
SELECT endpoint, COUNT(latency_ms) AS measured,
       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY latency_ms DESC) AS p90_ms
FROM requests
GROUP BY endpoint;
