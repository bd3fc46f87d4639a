"""Collects each group in a set-like way, so a word that occurs twice is kept only once."""


def group_anagrams(words):
    groups = {}
    for word in words:
        group = groups.setdefault("".join(sorted(word)), [])
        if word not in group:
            group.append(word)
    return list(groups.values())
