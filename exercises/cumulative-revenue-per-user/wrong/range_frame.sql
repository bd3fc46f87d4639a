-- Without a ROWS frame the window runs to the last payment of the same day (the default RANGE frame), so payments on one day all show that day's closing total.
SELECT user_id, id, paid_on, amount,
       COALESCE(SUM(amount) OVER (PARTITION BY user_id ORDER BY paid_on), 0) AS running_total
FROM payments
ORDER BY user_id, paid_on, id;
