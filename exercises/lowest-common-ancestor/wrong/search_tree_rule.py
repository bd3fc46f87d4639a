"""Walks down as if the tree were a binary search tree (left when both keys are smaller), but keys here follow no order."""


def lowest_common_ancestor(root, p, q):
    node = root
    while node is not None:
        if p < node.val and q < node.val and node.left is not None:
            node = node.left
        elif p > node.val and q > node.val and node.right is not None:
            node = node.right
        else:
            return node.val
    return root.val
