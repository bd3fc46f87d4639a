"""For each end position, the best start is the earliest of, for every key letter c, the
need[c]-th latest occurrence of c so far: one bounded deque per letter."""

from collections import Counter, deque


def min_window(s, t):
    need = Counter(t)
    recent = {ch: deque(maxlen=k) for ch, k in need.items()}
    full = 0
    best_len, best_start = None, 0
    for end, ch in enumerate(s):
        q = recent.get(ch)
        if q is None:
            continue
        was_full = len(q) == q.maxlen
        q.append(end)
        if not was_full and len(q) == q.maxlen:
            full += 1
        if full == len(need):
            start = min(d[0] for d in recent.values())
            if best_len is None or end - start + 1 < best_len:
                best_len, best_start = end - start + 1, start
    return "" if best_len is None else s[best_start : best_start + best_len]
