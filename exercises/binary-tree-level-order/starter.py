def level_order(root):
    """The tree's values floor by floor: one list per depth, each read left to right.

    root is a TreeNode (attributes val, left, right) or None. TreeNode is already defined.
    """
    raise NotImplementedError
