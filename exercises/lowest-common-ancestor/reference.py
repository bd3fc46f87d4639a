def lowest_common_ancestor(root, p, q):
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    above_p = set()
    key = p
    while key is not None:
        above_p.add(key)
        key = parent[key]
    key = q
    while key not in above_p:
        key = parent[key]
    return key
