-- impressions(impression_id, ad_id, position); clicks(impression_id, clicked_at)
-- Return: position, impressions, clicked, ctr (one row per position with impressions).
SELECT
    NULL AS position,
    NULL AS impressions,
    NULL AS clicked,
    NULL AS ctr
WHERE FALSE;
