"""Recursion: invert both subtrees, then hang them on the opposite sides."""


def invert_tree(root):
    if root is None:
        return None
    root.left, root.right = invert_tree(root.right), invert_tree(root.left)
    return root
