def cycle_start(head):
    """Position (0-based) of the first node of the loop, or -1 if the list ends.

    head is a ListNode (attributes val, next) or None. ListNode is already defined.
    """
    raise NotImplementedError
