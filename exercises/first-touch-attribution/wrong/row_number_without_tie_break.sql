-- ROW_NUMBER ordered by the time alone picks any of the visits that share the first instant,
-- not the one with the smallest visit_id.
WITH ranked AS (
    SELECT user_id, COALESCE(channel, 'direct') AS channel,
           ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY visited_at) AS n
    FROM visits
)
SELECT user_id, channel FROM ranked WHERE n = 1;
