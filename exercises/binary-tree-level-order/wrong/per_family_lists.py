"""Groups children by their parent instead of by depth, so cousins on the same floor land in separate lists."""


def level_order(root):
    if root is None:
        return []
    out = [[root.val]]
    queue = [root]
    while queue:
        node = queue.pop(0)
        kids = [c for c in (node.left, node.right) if c is not None]
        if kids:
            out.append([c.val for c in kids])
            queue.extend(kids)
    return out
