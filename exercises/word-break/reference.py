def can_segment(s, words):
    vocabulary = set(words)
    longest = max(map(len, words))
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for start in range(max(0, end - longest), end):
            if ok[start] and s[start:end] in vocabulary:
                ok[end] = True
                break
    return ok[len(s)]
