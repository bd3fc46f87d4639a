"""Pops the stack on any closing bracket without checking that the types match."""


def is_valid(s):
    stack = []
    for ch in s:
        if ch in ")]}":
            if not stack:
                return False
            stack.pop()
        else:
            stack.append(ch)
    return not stack
