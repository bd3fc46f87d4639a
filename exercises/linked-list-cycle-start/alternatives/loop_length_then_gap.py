"""Brent-style: find a node on the loop, measure the loop's length L, then move two pointers
L nodes apart from the head until they meet."""


def cycle_start(head):
    slow = fast = head
    while True:
        if fast is None or fast.next is None:
            return -1
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            break
    length, probe = 1, slow.next
    while probe is not slow:
        probe, length = probe.next, length + 1
    ahead = head
    for _ in range(length):
        ahead = ahead.next
    behind, index = head, 0
    while behind is not ahead:
        behind, ahead, index = behind.next, ahead.next, index + 1
    return index
