-- MAX of each column on its own picks values from different rows, and MAX(email) skips the
-- NULL that the latest row holds.
SELECT customer_id, MAX(email) AS email, MAX(plan) AS plan, MAX(updated_at) AS updated_at
FROM customer_updates
GROUP BY customer_id;
