"""On a repeat, throws the whole window away and restarts at the current character."""


def length_of_longest_substring(s):
    window = set()
    best = 0
    for ch in s:
        if ch in window:
            window = set()
        window.add(ch)
        best = max(best, len(window))
    return best
