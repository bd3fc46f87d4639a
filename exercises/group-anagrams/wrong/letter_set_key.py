"""Keys groups by the set of letters, losing how often each letter occurs ("aab" joins "abb")."""


def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
