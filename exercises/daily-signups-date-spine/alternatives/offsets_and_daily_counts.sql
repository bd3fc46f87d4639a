-- Day offsets from range(0, n + 1) added to the first day, joined to counts made per day in
-- advance; COALESCE turns the days with no counts into 0.
WITH offsets AS (
    SELECT r.start_day + o.range::INTEGER AS day
    FROM report AS r, range(0, 100000) AS o
    WHERE o.range <= r.end_day - r.start_day
),
daily AS (
    SELECT CAST(signed_up_at AS DATE) AS day, COUNT(*) AS n
    FROM (SELECT DISTINCT user_id, CAST(signed_up_at AS DATE) AS signed_up_at FROM signups)
    GROUP BY 1
)
SELECT o.day, COALESCE(d.n, 0) AS signups
FROM offsets AS o
LEFT JOIN daily AS d ON d.day = o.day
ORDER BY o.day;
