-- No window functions: an event starts a session when no other event of the same user falls in
-- the 30 minutes before it. Events at the same instant are collapsed first.
WITH moments AS (
    SELECT DISTINCT user_id, event_at FROM events
)
SELECT m.user_id,
       COUNT(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM moments AS p
           WHERE p.user_id = m.user_id
             AND p.event_at < m.event_at
             AND p.event_at >= m.event_at - INTERVAL 30 MINUTES
       )) AS sessions
FROM moments AS m
GROUP BY m.user_id;
