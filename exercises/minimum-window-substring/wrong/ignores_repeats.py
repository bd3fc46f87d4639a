"""Treats the key as a set of letters, so a letter that the key holds twice is only looked for once."""


def min_window(s, t):
    need = set(t)
    count = {}
    best = None
    left = 0
    for right, ch in enumerate(s):
        count[ch] = count.get(ch, 0) + 1
        while all(count.get(c, 0) > 0 for c in need):
            if best is None or right - left < best[1] - best[0]:
                best = (left, right)
            count[s[left]] -= 1
            left += 1
    return "" if best is None else s[best[0] : best[1] + 1]
