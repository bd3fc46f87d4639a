WITH ranked AS (
    SELECT
        user_id,
        COALESCE(channel, 'direct') AS channel,
        ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY visited_at, visit_id) AS n
    FROM visits
)
SELECT user_id, channel
FROM ranked
WHERE n = 1;
