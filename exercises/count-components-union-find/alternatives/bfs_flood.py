"""Adjacency lists and a breadth-first flood from every user not yet seen; each flood is one
group."""

from collections import deque


def count_groups(n, friendships):
    friends = [[] for _ in range(n)]
    for a, b in friendships:
        friends[a].append(b)
        friends[b].append(a)
    seen = [False] * n
    groups = 0
    for start in range(n):
        if seen[start]:
            continue
        groups += 1
        seen[start] = True
        queue = deque([start])
        while queue:
            user = queue.popleft()
            for other in friends[user]:
                if not seen[other]:
                    seen[other] = True
                    queue.append(other)
    return groups
