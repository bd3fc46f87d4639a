"""Finds the root-to-node path of p and of q with an explicit stack, then takes the last node
the two paths share."""


def _path(root, key):
    stack = [(root, [root.val])]
    while stack:
        node, path = stack.pop()
        if node.val == key:
            return path
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, [*path, child.val]))
    return []


def lowest_common_ancestor(root, p, q):
    shared = root.val
    for a, b in zip(_path(root, p), _path(root, q), strict=False):
        if a != b:
            break
        shared = a
    return shared
