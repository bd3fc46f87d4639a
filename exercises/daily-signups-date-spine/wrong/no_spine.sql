-- Grouping the sign-ups themselves leaves out every day on which nobody signed up.
SELECT s.signed_up_at::DATE AS day, COUNT(DISTINCT s.user_id) AS signups
FROM signups AS s, report AS r
WHERE s.signed_up_at::DATE BETWEEN r.start_day AND r.end_day
GROUP BY 1
ORDER BY 1;
