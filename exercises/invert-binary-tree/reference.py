def invert_tree(root):
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        stack.extend(child for child in (node.left, node.right) if child is not None)
    return root
