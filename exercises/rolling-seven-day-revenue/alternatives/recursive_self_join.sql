-- A recursive calendar, then a self-join of each day to the days of its window.
WITH RECURSIVE calendar(day) AS (
    SELECT MIN(ordered_at)::DATE FROM orders
    UNION ALL
    SELECT day + 1 FROM calendar WHERE day < (SELECT MAX(ordered_at)::DATE FROM orders)
),
filled AS (
    SELECT c.day, COALESCE(SUM(o.amount), 0) AS revenue
    FROM calendar AS c
    LEFT JOIN orders AS o ON o.ordered_at >= c.day AND o.ordered_at < c.day + 1
    WHERE c.day IS NOT NULL
    GROUP BY c.day
)
SELECT cur.day, cur.revenue, AVG(past.revenue) AS avg_7d
FROM filled AS cur
JOIN filled AS past ON past.day BETWEEN cur.day - 6 AND cur.day
GROUP BY cur.day, cur.revenue
ORDER BY cur.day;
