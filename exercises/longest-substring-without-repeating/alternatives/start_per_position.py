"""For every end position, the earliest valid start is one past the previous occurrence of
that character, never moving back: a running maximum over an index table."""


def length_of_longest_substring(s):
    previous = {}
    start = 0
    lengths = [0]
    for end, ch in enumerate(s):
        start = max(start, previous.get(ch, -1) + 1)
        previous[ch] = end
        lengths.append(end - start + 1)
    return max(lengths)
