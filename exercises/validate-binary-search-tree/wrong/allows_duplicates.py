"""Uses <= instead of < for the bounds, so a key equal to one of its ancestors is accepted although duplicates make the tree invalid."""


def is_valid_bst(root):
    stack = [(root, float("-inf"), float("inf"))]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low <= node.val <= high:
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
