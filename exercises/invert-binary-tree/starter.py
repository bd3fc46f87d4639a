def invert_tree(root):
    """Mirror the tree (swap left and right at every node) and return its root.

    root is a TreeNode (attributes val, left, right) or None. TreeNode is already defined.
    """
    raise NotImplementedError
