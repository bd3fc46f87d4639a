def merge_k_lists(lists):
    """The head of one sorted list holding every node of the sorted lists given (or None).

    lists holds ListNode heads (attributes val, next) or None. ListNode is already defined.
    """
    raise NotImplementedError
