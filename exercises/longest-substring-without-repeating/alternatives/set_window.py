"""A sliding window held as a set: on a repeat, drop characters from the left until it goes."""


def length_of_longest_substring(s):
    window = set()
    left = best = 0
    for ch in s:
        while ch in window:
            window.remove(s[left])
            left += 1
        window.add(ch)
        best = max(best, len(window))
    return best
