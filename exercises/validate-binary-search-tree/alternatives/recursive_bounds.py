"""Recursion with an open interval passed down, infinite at the start (the trees here are at
most 2000 deep, inside the judge's recursion limit)."""


def is_valid_bst(root):
    def ok(node, low, high):
        if node is None:
            return True
        if not low < node.val < high:
            return False
        return ok(node.left, low, node.val) and ok(node.right, node.val, high)

    return ok(root, float("-inf"), float("inf"))
