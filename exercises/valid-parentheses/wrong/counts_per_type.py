"""Only checks that each bracket type is opened and closed equally often, ignoring the order."""


def is_valid(s):
    return all(s.count(a) == s.count(b) for a, b in ("()", "[]", "{}"))
