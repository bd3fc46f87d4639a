-- One row per viewer with two yes/no flags from correlated EXISTS tests, then the rates by
-- plain arithmetic on three totals.
WITH viewers AS (
    SELECT user_id, MIN(event_at) AS v FROM events WHERE event = 'view' GROUP BY user_id
),
flags AS (
    SELECT
        w.user_id,
        EXISTS (
            SELECT 1 FROM events AS c
            WHERE c.user_id = w.user_id AND c.event = 'cart'
              AND c.event_at >= w.v AND c.event_at <= w.v + INTERVAL 7 DAYS
        ) AS carted,
        EXISTS (
            SELECT 1 FROM events AS p
            WHERE p.user_id = w.user_id AND p.event = 'purchase'
              AND p.event_at <= w.v + INTERVAL 7 DAYS
              AND p.event_at >= (
                  SELECT MIN(c.event_at) FROM events AS c
                  WHERE c.user_id = w.user_id AND c.event = 'cart' AND c.event_at >= w.v
              )
        ) AS bought
    FROM viewers AS w
),
totals AS (
    SELECT COUNT(*) AS n_view,
           COUNT(*) FILTER (WHERE carted) AS n_cart,
           COUNT(*) FILTER (WHERE carted AND bought) AS n_buy
    FROM flags
)
SELECT 'view' AS step, n_view AS users, NULL::DOUBLE AS rate_from_previous,
       n_view / NULLIF(n_view, 0) AS rate_from_view
FROM totals
UNION ALL
SELECT 'cart', n_cart, n_cart / NULLIF(n_view, 0), n_cart / NULLIF(n_view, 0) FROM totals
UNION ALL
SELECT 'purchase', n_buy, n_buy / NULLIF(n_cart, 0), n_buy / NULLIF(n_view, 0) FROM totals
ORDER BY CASE step WHEN 'view' THEN 1 WHEN 'cart' THEN 2 ELSE 3 END;
