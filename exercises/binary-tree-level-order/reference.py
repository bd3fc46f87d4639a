def level_order(root):
    levels = []
    floor = [root] if root is not None else []
    while floor:
        levels.append([node.val for node in floor])
        floor = [child for node in floor for child in (node.left, node.right) if child is not None]
    return levels
