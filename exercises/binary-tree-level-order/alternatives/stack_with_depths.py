"""Iterative depth-first walk with an explicit stack of (node, depth); the right child is
pushed first so the left one is handled first, keeping each floor in left-to-right order."""


def level_order(root):
    out = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        while len(out) <= depth:
            out.append([])
        out[depth].append(node.val)
        for child in (node.right, node.left):
            if child is not None:
                stack.append((child, depth + 1))
    return out
