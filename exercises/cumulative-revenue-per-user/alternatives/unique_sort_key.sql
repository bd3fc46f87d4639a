-- The default frame (RANGE up to the current row's peers) is right once the sort key is
-- unique: numbering the payments first leaves no ties to lump together.
WITH numbered AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY paid_on, id) AS k
    FROM payments
)
SELECT user_id, id, paid_on, amount,
       SUM(COALESCE(amount, 0)) OVER (PARTITION BY user_id ORDER BY k) AS running_total
FROM numbered
ORDER BY user_id, k;
