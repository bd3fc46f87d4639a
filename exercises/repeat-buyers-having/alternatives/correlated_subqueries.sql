-- No GROUP BY on the lines: one row per known customer, two correlated subqueries for the
-- figures, and the thresholds tested in an outer WHERE.
WITH people AS (
    SELECT DISTINCT customer_id FROM order_lines WHERE customer_id IS NOT NULL
),
figures AS (
    SELECT
        p.customer_id,
        (SELECT COUNT(DISTINCT l.order_id) FROM order_lines AS l
         WHERE l.customer_id = p.customer_id AND l.ordered_at::DATE BETWEEN '2025-01-01' AND '2025-12-31'
        ) AS orders,
        (SELECT SUM(l.amount) FROM order_lines AS l
         WHERE l.customer_id = p.customer_id AND l.ordered_at::DATE BETWEEN '2025-01-01' AND '2025-12-31'
        ) AS total_spent
    FROM people AS p
)
SELECT customer_id, orders, total_spent
FROM figures
WHERE orders >= 3 AND total_spent >= 500;
