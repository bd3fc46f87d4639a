-- Mark the day that starts a streak (the previous login day is not yesterday), number the
-- streaks with a running sum of those marks, and measure each one.
WITH days AS (
    SELECT DISTINCT user_id, CAST(login_at AS DATE) AS day FROM logins
),
marked AS (
    SELECT user_id, day,
           CASE WHEN LAG(day) OVER (PARTITION BY user_id ORDER BY day) = day - 1
                THEN 0 ELSE 1 END AS starts
    FROM days
),
numbered AS (
    SELECT user_id, day,
           SUM(starts) OVER (PARTITION BY user_id ORDER BY day ROWS UNBOUNDED PRECEDING) AS streak
    FROM marked
)
SELECT user_id, MAX(n) AS longest_streak
FROM (SELECT user_id, streak, COUNT(*) AS n FROM numbered GROUP BY user_id, streak)
GROUP BY user_id;
