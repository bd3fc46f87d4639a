-- A year is not 365 days: across 29 February the date 365 days back is the 2nd of the month,
-- so the year-ago month is not found.
WITH monthly AS (
    SELECT DATE_TRUNC('month', ordered_at)::DATE AS month, SUM(amount) AS revenue
    FROM orders GROUP BY 1
),
months AS (
    SELECT UNNEST(generate_series(MIN(month), MAX(month), INTERVAL 1 MONTH))::DATE AS month
    FROM monthly
),
filled AS (
    SELECT m.month, COALESCE(r.revenue, 0) AS revenue
    FROM months AS m LEFT JOIN monthly AS r ON r.month = m.month
)
SELECT cur.month, cur.revenue, ago.revenue AS revenue_year_ago,
       (cur.revenue - ago.revenue) / NULLIF(ago.revenue, 0) AS yoy_growth
FROM filled AS cur
LEFT JOIN filled AS ago ON ago.month = cur.month - INTERVAL 365 DAYS
ORDER BY cur.month;
