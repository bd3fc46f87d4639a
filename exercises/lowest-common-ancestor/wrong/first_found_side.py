"""Returns the first of p and q met on a top-down walk, assuming the first one found always manages the other."""


def lowest_common_ancestor(root, p, q):
    queue = [root]
    for node in queue:
        if node.val in (p, q):
            return node.val
        queue += [c for c in (node.left, node.right) if c is not None]
    return root.val
