"""Swaps the values of two sibling nodes instead of the subtrees, so the shape is never mirrored."""


def invert_tree(root):
    if root is None:
        return None
    if root.left is not None and root.right is not None:
        root.left.val, root.right.val = root.right.val, root.left.val
    invert_tree(root.left)
    invert_tree(root.right)
    return root
