"""The same window, but it walks only the positions whose letter is in the key (a list of
(index, letter) pairs), tracking how many distinct letters have reached their count."""

from collections import Counter, defaultdict


def min_window(s, t):
    need = Counter(t)
    marks = [(i, ch) for i, ch in enumerate(s) if ch in need]
    have = defaultdict(int)
    complete = 0
    best = None
    lo = 0
    for hi in range(len(marks)):
        ch = marks[hi][1]
        have[ch] += 1
        if have[ch] == need[ch]:
            complete += 1
        while complete == len(need):
            start, end = marks[lo][0], marks[hi][0]
            if best is None or end - start < best[1] - best[0]:
                best = (start, end)
            gone = marks[lo][1]
            have[gone] -= 1
            if have[gone] < need[gone]:
                complete -= 1
            lo += 1
    return "" if best is None else s[best[0] : best[1] + 1]
