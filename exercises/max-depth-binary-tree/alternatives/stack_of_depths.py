"""Depth-first with an explicit stack of (node, depth) pairs, keeping the largest depth seen."""


def max_depth(root):
    deepest = 0
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if node is None:
            continue
        deepest = max(deepest, depth)
        stack.append((node.left, depth + 1))
        stack.append((node.right, depth + 1))
    return deepest
