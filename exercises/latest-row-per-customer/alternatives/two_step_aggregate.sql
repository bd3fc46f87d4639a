-- Aggregate twice: the latest time per customer (NULL if none), then the largest update_id
-- among the rows at that time; join the winning update_id back.
WITH latest_time AS (
    SELECT customer_id, MAX(updated_at) AS at FROM customer_updates GROUP BY customer_id
),
winner AS (
    SELECT u.customer_id, MAX(u.update_id) AS update_id
    FROM customer_updates AS u
    JOIN latest_time AS t
      ON t.customer_id = u.customer_id AND u.updated_at IS NOT DISTINCT FROM t.at
    GROUP BY u.customer_id
)
SELECT u.customer_id, u.email, u.plan, u.updated_at
FROM customer_updates AS u
JOIN winner AS w ON w.update_id = u.update_id;
