"""Starts the best window as the whole message, so when no stretch covers the key it returns s instead of ""."""

from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    best = s
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing:
            continue
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        if right - left + 1 < len(best):
            best = s[left : right + 1]
        need[s[left]] += 1
        missing += 1
        left += 1
    return best
