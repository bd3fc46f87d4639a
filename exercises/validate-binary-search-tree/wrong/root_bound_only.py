"""Checks every key against the root and its own parent only, missing keys that break the bound of a grandparent below the root."""


def is_valid_bst(root):
    if root is None:
        return True
    stack = [(root.left, root.val, True), (root.right, root.val, False)]
    parents = {id(root.left): root, id(root.right): root}
    while stack:
        node, key, on_left = stack.pop()
        if node is None:
            continue
        parent = parents[id(node)]
        if (on_left and node.val >= key) or (not on_left and node.val <= key):
            return False
        if (node is parent.left and node.val >= parent.val) or (
            node is parent.right and node.val <= parent.val
        ):
            return False
        for child in (node.left, node.right):
            if child is not None:
                parents[id(child)] = node
                stack.append((child, key, on_left))
    return True
