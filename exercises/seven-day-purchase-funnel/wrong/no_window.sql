-- Forgetting the seven-day limit: a cart or purchase weeks later still counts.
WITH first_view AS (
    SELECT user_id, MIN(event_at) AS v FROM events WHERE event = 'view' GROUP BY user_id
),
first_cart AS (
    SELECT f.user_id, MIN(e.event_at) AS c
    FROM first_view AS f JOIN events AS e
      ON e.user_id = f.user_id AND e.event = 'cart' AND e.event_at >= f.v
    GROUP BY f.user_id
),
bought AS (
    SELECT DISTINCT k.user_id FROM first_cart AS k JOIN events AS e
      ON e.user_id = k.user_id AND e.event = 'purchase' AND e.event_at >= k.c
),
counts AS (
    SELECT 1 AS position, 'view' AS step, (SELECT COUNT(*) FROM first_view) AS users
    UNION ALL SELECT 2, 'cart', (SELECT COUNT(*) FROM first_cart)
    UNION ALL SELECT 3, 'purchase', (SELECT COUNT(*) FROM bought)
)
SELECT step, users,
       users / NULLIF(LAG(users) OVER (ORDER BY position), 0) AS rate_from_previous,
       users / NULLIF(FIRST_VALUE(users) OVER (ORDER BY position), 0) AS rate_from_view
FROM counts ORDER BY position;
