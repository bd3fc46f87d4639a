WITH first_view AS (
    SELECT user_id, MIN(event_at) AS viewed_at
    FROM events
    WHERE event = 'view'
    GROUP BY user_id
),
first_cart AS (
    SELECT v.user_id, v.viewed_at, MIN(e.event_at) AS carted_at
    FROM first_view AS v
    JOIN events AS e
      ON e.user_id = v.user_id
     AND e.event = 'cart'
     AND e.event_at BETWEEN v.viewed_at AND v.viewed_at + INTERVAL 7 DAYS
    GROUP BY v.user_id, v.viewed_at
),
bought AS (
    SELECT DISTINCT c.user_id
    FROM first_cart AS c
    JOIN events AS e
      ON e.user_id = c.user_id
     AND e.event = 'purchase'
     AND e.event_at BETWEEN c.carted_at AND c.viewed_at + INTERVAL 7 DAYS
),
counts AS (
    SELECT 1 AS position, 'view' AS step, (SELECT COUNT(*) FROM first_view) AS users
    UNION ALL
    SELECT 2, 'cart', (SELECT COUNT(*) FROM first_cart)
    UNION ALL
    SELECT 3, 'purchase', (SELECT COUNT(*) FROM bought)
)
SELECT
    step,
    users,
    users / NULLIF(LAG(users) OVER (ORDER BY position), 0) AS rate_from_previous,
    users / NULLIF(FIRST_VALUE(users) OVER (ORDER BY position), 0) AS rate_from_view
FROM counts
ORDER BY position;
