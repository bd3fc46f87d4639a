def lowest_common_ancestor(root, p, q):
    """Value of the deepest node whose subtree holds both p and q (a node holds itself).

    root is a TreeNode (attributes val, left, right). TreeNode is already defined.
    """
    raise NotImplementedError
