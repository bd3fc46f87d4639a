WITH monthly AS (
    SELECT DATE_TRUNC('month', paid_at)::DATE AS month, SUM(amount) AS revenue
    FROM payments
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
)
SELECT
    month,
    revenue,
    (revenue - LAG(revenue) OVER (ORDER BY month))
        / NULLIF(LAG(revenue) OVER (ORDER BY month), 0) AS growth
FROM filled
ORDER BY month;
