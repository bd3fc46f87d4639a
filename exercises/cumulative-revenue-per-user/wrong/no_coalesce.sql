-- SUM over nothing but failed payments is NULL, so a user whose first payment failed starts with a NULL total instead of 0.
SELECT user_id, id, paid_on, amount,
       SUM(amount) OVER (PARTITION BY user_id ORDER BY paid_on, id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total
FROM payments
ORDER BY user_id, paid_on, id;
