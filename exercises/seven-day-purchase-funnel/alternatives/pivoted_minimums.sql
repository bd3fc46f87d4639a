-- Pivot each user's timeline into first-view and first-cart-in-window moments with
-- conditional MIN, then test the purchase window against those moments.
WITH per_user AS (
    SELECT user_id, MIN(event_at) FILTER (WHERE event = 'view') AS v
    FROM events GROUP BY user_id
),
carts AS (
    SELECT u.user_id, u.v,
           MIN(e.event_at) FILTER (
               WHERE e.event = 'cart' AND e.event_at >= u.v
                 AND epoch(e.event_at) - epoch(u.v) <= 7 * 86400
           ) AS c,
    FROM per_user AS u JOIN events AS e USING (user_id)
    WHERE u.v IS NOT NULL
    GROUP BY u.user_id, u.v
),
funnel AS (
    SELECT k.user_id, k.c IS NOT NULL AS carted,
           COALESCE(BOOL_OR(e.event = 'purchase' AND e.event_at >= k.c
                            AND e.event_at <= k.v + INTERVAL 7 DAYS), FALSE) AS bought
    FROM carts AS k JOIN events AS e USING (user_id)
    GROUP BY k.user_id, k.c, k.v
),
steps(position, step) AS (VALUES (1, 'view'), (2, 'cart'), (3, 'purchase')),
counted AS (
    SELECT s.position, s.step,
           CASE s.position
               WHEN 1 THEN (SELECT COUNT(*) FROM funnel)
               WHEN 2 THEN (SELECT COUNT(*) FROM funnel WHERE carted)
               ELSE (SELECT COUNT(*) FROM funnel WHERE carted AND bought)
           END AS users
    FROM steps AS s
)
SELECT a.step, a.users,
       a.users / NULLIF(p.users, 0) AS rate_from_previous,
       a.users / NULLIF(f.users, 0) AS rate_from_view
FROM counted AS a
LEFT JOIN counted AS p ON p.position = a.position - 1
JOIN counted AS f ON f.position = 1
ORDER BY a.position;
