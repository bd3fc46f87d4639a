-- MIN(channel) is the alphabetically first channel the user ever came through, not the
-- channel of their first visit.
SELECT user_id, COALESCE(MIN(channel), 'direct') AS channel
FROM visits
GROUP BY user_id;
