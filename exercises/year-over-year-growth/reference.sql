WITH monthly AS (
    SELECT DATE_TRUNC('month', ordered_at)::DATE AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
),
months AS (
    SELECT UNNEST(generate_series(MIN(month), MAX(month), INTERVAL 1 MONTH))::DATE AS month
    FROM monthly
),
filled AS (
    SELECT m.month, COALESCE(r.revenue, 0) AS revenue
    FROM months AS m
    LEFT JOIN monthly AS r ON r.month = m.month
),
compared AS (
    SELECT month, revenue, LAG(revenue, 12) OVER (ORDER BY month) AS revenue_year_ago
    FROM filled
)
SELECT
    month,
    revenue,
    revenue_year_ago,
    (revenue - revenue_year_ago) / NULLIF(revenue_year_ago, 0) AS yoy_growth
FROM compared
ORDER BY month;
