"""Returns the position where the fast and slow pointers meet, which is somewhere on the loop but usually not where the loop begins."""


def cycle_start(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            break
    else:
        return -1
    position, node = 0, head
    while node is not slow:
        node, position = node.next, position + 1
    return position
