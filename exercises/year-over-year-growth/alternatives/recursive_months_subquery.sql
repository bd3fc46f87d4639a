-- No window and no join on the monthly table: a recursive list of months, and correlated
-- subqueries for each month's revenue and for the same month a calendar year earlier.
WITH RECURSIVE bounds AS (
    SELECT DATE_TRUNC('month', MIN(ordered_at))::DATE AS first_month,
           DATE_TRUNC('month', MAX(ordered_at))::DATE AS last_month
    FROM orders
),
months(month) AS (
    SELECT first_month FROM bounds WHERE first_month IS NOT NULL
    UNION ALL
    SELECT (month + INTERVAL 1 MONTH)::DATE FROM months
    WHERE month < (SELECT last_month FROM bounds)
),
priced AS (
    SELECT m.month,
           COALESCE((SELECT SUM(o.amount) FROM orders AS o
                     WHERE o.ordered_at >= m.month
                       AND o.ordered_at < m.month + INTERVAL 1 MONTH), 0) AS revenue,
           CASE WHEN m.month - INTERVAL 1 YEAR >= (SELECT first_month FROM bounds) THEN
               COALESCE((SELECT SUM(o.amount) FROM orders AS o
                         WHERE o.ordered_at >= m.month - INTERVAL 1 YEAR
                           AND o.ordered_at < m.month - INTERVAL 11 MONTH), 0)
           END AS revenue_year_ago
    FROM months AS m
)
SELECT month, revenue, revenue_year_ago,
       CASE WHEN revenue_year_ago <> 0
            THEN (revenue - revenue_year_ago) / revenue_year_ago END AS yoy_growth
FROM priced
ORDER BY month;
