"""Breadth-first search over cut positions: from each reachable position, every dictionary word
that matches there leads to a new one; each position is visited once."""

from collections import deque


def can_segment(s, words):
    n = len(s)
    seen = [False] * (n + 1)
    seen[0] = True
    queue = deque([0])
    while queue:
        at = queue.popleft()
        for w in words:
            end = at + len(w)
            if end <= n and not seen[end] and s.startswith(w, at):
                if end == n:
                    return True
                seen[end] = True
                queue.append(end)
    return n == 0
