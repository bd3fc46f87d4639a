"""Only compares each node with its own two children, so a key deep in a subtree can break the rule of an ancestor higher up."""


def is_valid_bst(root):
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.left is not None:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right is not None:
            if node.right.val <= node.val:
                return False
            stack.append(node.right)
    return True
