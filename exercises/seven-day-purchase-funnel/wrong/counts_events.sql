-- Counting events instead of distinct users: two views or two carts count twice.
WITH first_view AS (
    SELECT user_id, MIN(event_at) AS v FROM events WHERE event = 'view' GROUP BY user_id
),
hits AS (
    SELECT e.event, COUNT(*) AS n
    FROM events AS e JOIN first_view AS f USING (user_id)
    WHERE e.event_at BETWEEN f.v AND f.v + INTERVAL 7 DAYS
    GROUP BY e.event
),
counts AS (
    SELECT s.position, s.step, COALESCE(h.n, 0) AS users
    FROM (VALUES (1, 'view'), (2, 'cart'), (3, 'purchase')) AS s(position, step)
    LEFT JOIN hits AS h ON h.event = s.step
)
SELECT step, users,
       users / NULLIF(LAG(users) OVER (ORDER BY position), 0) AS rate_from_previous,
       users / NULLIF(FIRST_VALUE(users) OVER (ORDER BY position), 0) AS rate_from_view
FROM counts ORDER BY position;
