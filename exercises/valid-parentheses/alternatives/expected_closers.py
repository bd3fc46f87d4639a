"""Pushes the closer each opener expects; every closer must match the top of the stack."""


def is_valid(s):
    closer = {"(": ")", "[": "]", "{": "}"}
    expected = []
    for ch in s:
        if ch in closer:
            expected.append(closer[ch])
        elif not expected or expected.pop() != ch:
            return False
    return len(expected) == 0
