-- PERCENTILE_DISC returns a stored latency (the one at or just below the percentile), not the
-- value interpolated between the two neighbours.
SELECT endpoint, COUNT(latency_ms) AS measured,
       PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY latency_ms) AS p90_ms
FROM requests
GROUP BY endpoint;
