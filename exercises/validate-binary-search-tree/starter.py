def is_valid_bst(root):
    """True if every key in each left subtree is smaller, and in each right subtree larger.

    root is a TreeNode (attributes val, left, right) or None. TreeNode is already defined.
    """
    raise NotImplementedError
