"""Keys each word by its letter counts (a sorted tuple of (letter, count) pairs) instead of by
its sorted letters."""

from collections import Counter


def group_anagrams(words):
    groups = {}
    for word in words:
        key = tuple(sorted(Counter(word).items()))
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return [group for group in groups.values()]
