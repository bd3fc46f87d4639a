WITH numbered AS (
    SELECT
        customer_id,
        email,
        plan,
        updated_at,
        ROW_NUMBER() OVER (
            PARTITION BY customer_id
            ORDER BY updated_at DESC NULLS LAST, update_id DESC
        ) AS n
    FROM customer_updates
)
SELECT customer_id, email, plan, updated_at
FROM numbered
WHERE n = 1;
