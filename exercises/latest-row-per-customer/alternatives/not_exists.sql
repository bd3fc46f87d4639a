-- A row is the latest when no row of the same customer is newer than it.
SELECT u.customer_id, u.email, u.plan, u.updated_at
FROM customer_updates AS u
WHERE NOT EXISTS (
    SELECT 1
    FROM customer_updates AS o
    WHERE o.customer_id = u.customer_id
      AND (
          o.updated_at > u.updated_at
          OR (u.updated_at IS NULL AND o.updated_at IS NOT NULL)
          OR (o.updated_at IS NOT DISTINCT FROM u.updated_at AND o.update_id > u.update_id)
      )
);
