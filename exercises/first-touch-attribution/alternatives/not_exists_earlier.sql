-- No window functions: a visit is first when no visit of the same user is earlier, or at the
-- same instant with a smaller visit_id (a correlated NOT EXISTS).
SELECT v.user_id, COALESCE(v.channel, 'direct') AS channel
FROM visits AS v
WHERE NOT EXISTS (
    SELECT 1
    FROM visits AS o
    WHERE o.user_id = v.user_id
      AND (o.visited_at < v.visited_at
           OR (o.visited_at = v.visited_at AND o.visit_id < v.visit_id))
);
