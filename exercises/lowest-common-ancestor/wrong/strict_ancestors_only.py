"""Never lets a node be its own ancestor, so when p manages q it returns p's manager instead of p."""


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
    key = parent[p]
    while key is not None:
        above_p.add(key)
        key = parent[key]
    key = parent[q]
    while key is not None and key not in above_p:
        key = parent[key]
    return key
