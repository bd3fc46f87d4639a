def reverse_list(head):
    previous = None
    node = head
    while node is not None:
        following = node.next
        node.next = previous
        previous, node = node, following
    return previous
