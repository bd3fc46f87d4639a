def cycle_start(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            break
    else:
        return -1
    position, walker = 0, head
    while walker is not slow:
        walker, slow = walker.next, slow.next
        position += 1
    return position
