-- Number the sessions with a running sum of session starts (gaps compared in seconds) and
-- count the distinct numbers.
WITH flagged AS (
    SELECT user_id, event_at,
           CASE WHEN epoch(event_at) - epoch(LAG(event_at) OVER w) <= 1800 THEN 0 ELSE 1 END
               AS starts
    FROM events
    WINDOW w AS (PARTITION BY user_id ORDER BY event_at)
),
numbered AS (
    SELECT user_id,
           SUM(starts) OVER (PARTITION BY user_id ORDER BY event_at
                             ROWS UNBOUNDED PRECEDING) AS session_id
    FROM flagged
)
SELECT user_id, COUNT(DISTINCT session_id) AS sessions
FROM numbered
GROUP BY user_id;
