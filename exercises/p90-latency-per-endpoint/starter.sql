-- requests(request_id, endpoint, latency_ms)
-- Return: endpoint, measured, p90_ms (NULL for an endpoint with nothing measured).
SELECT
    NULL AS endpoint,
    NULL AS measured,
    NULL AS p90_ms
WHERE FALSE;
