-- Fixed half-hour buckets are not sessions: events a minute apart on either side of :30 land
-- in different buckets, and a long session spans many buckets.
SELECT user_id, COUNT(DISTINCT time_bucket(INTERVAL 30 MINUTES, event_at)) AS sessions
FROM events
GROUP BY user_id;
