def max_depth(root):
    """Number of nodes on the longest root-to-leaf path; 0 for an empty tree.

    root is a TreeNode (attributes val, left, right) or None. TreeNode is already defined.
    """
    raise NotImplementedError
