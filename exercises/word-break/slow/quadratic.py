"""Correct but O(n^2): for every end it tries every earlier cut point, though no word is
longer than 20 letters, so most of those slices can never be a word."""


def can_segment(s, words):
    vocabulary = set(words)
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for start in range(end):
            if ok[start] and s[start:end] in vocabulary:
                ok[end] = True
                break
    return ok[len(s)]
