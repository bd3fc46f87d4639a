def reverse_list(head):
    """The head of the list reversed; head is a ListNode (attributes val, next) or None.

    ListNode is already defined.
    """
    raise NotImplementedError
