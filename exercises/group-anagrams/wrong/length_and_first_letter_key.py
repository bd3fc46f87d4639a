"""Keys groups by the word's length and first letter instead of its full letter counts."""


def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault((len(word), word[:1]), []).append(word)
    return list(groups.values())
