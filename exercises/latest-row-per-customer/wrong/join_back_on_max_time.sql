-- Joining back on the latest time keeps every row tied at that time, and "=" never matches a
-- NULL time, so customers without any time disappear.
SELECT u.customer_id, u.email, u.plan, u.updated_at
FROM customer_updates AS u
JOIN (
    SELECT customer_id, MAX(updated_at) AS at FROM customer_updates GROUP BY customer_id
) AS t ON t.customer_id = u.customer_id AND t.at = u.updated_at;
