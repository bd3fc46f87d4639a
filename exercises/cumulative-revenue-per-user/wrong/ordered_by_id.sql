-- Ordering by id assumes ids follow the dates, so a payment recorded late is added after payments it came before.
SELECT user_id, id, paid_on, amount,
       COALESCE(SUM(amount) OVER (PARTITION BY user_id ORDER BY id
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0)
           AS running_total
FROM payments
ORDER BY user_id, paid_on, id;
