"""Recursive post-order search: a subtree returns the node that holds p or q, and the first
node to hear back from both sides (or to be p or q itself) is the answer (trees here are at
most 2000 deep, inside the judge's recursion limit)."""


def lowest_common_ancestor(root, p, q):
    def search(node):
        if node is None or node.val in (p, q):
            return node
        left, right = search(node.left), search(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return search(root).val
