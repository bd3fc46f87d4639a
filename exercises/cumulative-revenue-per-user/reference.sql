SELECT
    user_id,
    id,
    paid_on,
    amount,
    COALESCE(
        SUM(amount) OVER (
            PARTITION BY user_id
            ORDER BY paid_on, id
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ),
        0
    ) AS running_total
FROM payments
ORDER BY user_id, paid_on, id;
