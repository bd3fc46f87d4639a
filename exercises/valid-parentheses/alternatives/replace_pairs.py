"""Deletes adjacent matched pairs until none is left; the string is valid if nothing remains."""


def is_valid(s):
    previous = None
    while s != previous:
        previous = s
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""
