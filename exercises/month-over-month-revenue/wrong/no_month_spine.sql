-- LAG over the months that have payments skips empty months: they are missing from the
-- report and the month after one is compared with the wrong month.
WITH monthly AS (
    SELECT DATE_TRUNC('month', paid_at)::DATE AS month, SUM(amount) AS revenue
    FROM payments GROUP BY 1
)
SELECT month, revenue,
       (revenue - LAG(revenue) OVER (ORDER BY month))
           / NULLIF(LAG(revenue) OVER (ORDER BY month), 0) AS growth
FROM monthly
ORDER BY month;
