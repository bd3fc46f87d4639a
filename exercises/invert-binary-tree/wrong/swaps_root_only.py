"""Swaps the two children of the root and stops: the deeper levels are not mirrored."""


def invert_tree(root):
    if root is not None:
        root.left, root.right = root.right, root.left
    return root
