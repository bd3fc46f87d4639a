-- No window functions: a correlated subquery sums the user's payments that come no later
-- than this one in (paid_on, id) order.
SELECT
    p.user_id,
    p.id,
    p.paid_on,
    p.amount,
    COALESCE((
        SELECT SUM(q.amount)
        FROM payments AS q
        WHERE q.user_id = p.user_id
          AND (q.paid_on < p.paid_on OR (q.paid_on = p.paid_on AND q.id <= p.id))
    ), 0) AS running_total
FROM payments AS p
ORDER BY p.user_id, p.paid_on, p.id;
