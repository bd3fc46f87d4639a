"""Divide and conquer: merge the lists two at a time, round after round, splicing nodes with
a plain two-list merge (log k rounds over N nodes)."""


def _merge_two(a, b):
    dummy = tail = ListNode()  # noqa: F821 - ListNode is given to the solution
    while a is not None and b is not None:
        if b.val < a.val:
            a, b = b, a
        tail.next, tail, a = a, a, a.next
    tail.next = a if a is not None else b
    return dummy.next


def merge_k_lists(lists):
    heads = list(lists)
    if not heads:
        return None
    while len(heads) > 1:
        merged = [_merge_two(heads[i], heads[i + 1]) for i in range(0, len(heads) - 1, 2)]
        if len(heads) % 2:
            merged.append(heads[-1])
        heads = merged
    return heads[0]
