-- A self-join of each payment to the user's earlier-or-same payments, summed per payment;
-- failed amounts become 0 before they are added.
SELECT
    p.user_id,
    p.id,
    p.paid_on,
    p.amount,
    SUM(COALESCE(q.amount, 0)) AS running_total
FROM payments AS p
JOIN payments AS q
  ON q.user_id = p.user_id
 AND (q.paid_on, q.id) <= (p.paid_on, p.id)
GROUP BY p.user_id, p.id, p.paid_on, p.amount
ORDER BY p.user_id, p.paid_on, p.id;
