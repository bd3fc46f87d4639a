-- Without PARTITION BY user_id the total runs across all users, so every user after the first starts from someone else's money.
SELECT user_id, id, paid_on, amount,
       COALESCE(SUM(amount) OVER (ORDER BY user_id, paid_on, id
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0)
           AS running_total
FROM payments
ORDER BY user_id, paid_on, id;
