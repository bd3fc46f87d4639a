-- A recursive CTE walks from the first day to the last, and a correlated subquery counts each
-- day's distinct users (COUNT over no rows is 0).
WITH RECURSIVE calendar(day) AS (
    SELECT start_day FROM report
    UNION ALL
    SELECT c.day + 1 FROM calendar AS c, report AS r WHERE c.day < r.end_day
)
SELECT
    day,
    (SELECT COUNT(DISTINCT s.user_id) FROM signups AS s
     WHERE s.signed_up_at >= day AND s.signed_up_at < day + 1) AS signups
FROM calendar
ORDER BY day;
