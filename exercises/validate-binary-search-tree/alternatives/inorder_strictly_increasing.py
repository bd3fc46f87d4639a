"""Iterative in-order walk: a search tree is exactly a tree whose in-order keys strictly
increase, so compare each key with the one before it."""


def is_valid_bst(root):
    stack, node, previous = [], root, None
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val <= previous:
            return False
        previous = node.val
        node = node.right
    return True
