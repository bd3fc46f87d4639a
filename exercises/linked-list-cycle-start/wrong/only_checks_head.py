"""Only asks whether the walk comes back to the head, so a loop that starts further along is reported as position 0 or missed."""


def cycle_start(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return 0
    return -1
