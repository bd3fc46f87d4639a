-- events(user_id, event, event_at) with event in ('view', 'cart', 'purchase')
-- Return: step, users, rate_from_previous, rate_from_view; rows view, cart, purchase in order.
SELECT
    NULL AS step,
    NULL AS users,
    NULL AS rate_from_previous,
    NULL AS rate_from_view
WHERE FALSE;
