-- Trusting update_id as a clock: a replayed old change has the largest id but is not the latest.
SELECT customer_id, email, plan, updated_at
FROM customer_updates
QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY update_id DESC) = 1;
