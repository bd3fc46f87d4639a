"""Returns [[]] for an empty tree instead of [], as if it had one floor with nobody on it."""


def level_order(root):
    out = []
    floor = [root] if root is not None else []
    while True:
        out.append([node.val for node in floor])
        floor = [c for node in floor for c in (node.left, node.right) if c is not None]
        if not floor:
            return out
