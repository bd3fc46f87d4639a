WITH gaps AS (
    SELECT
        user_id,
        event_at - LAG(event_at) OVER (PARTITION BY user_id ORDER BY event_at) AS gap
    FROM events
)
SELECT user_id, COUNT(*) FILTER (WHERE gap IS NULL OR gap > INTERVAL 30 MINUTES) AS sessions
FROM gaps
GROUP BY user_id;
