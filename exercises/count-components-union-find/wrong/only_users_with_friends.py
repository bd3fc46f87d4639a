"""Only counts users that appear in some friendship, forgetting that a user with no friends is a group of their own."""

from collections import deque


def count_groups(n, friendships):
    friends = {}
    for a, b in friendships:
        friends.setdefault(a, []).append(b)
        friends.setdefault(b, []).append(a)
    seen = set()
    groups = 0
    for start in friends:
        if start in seen:
            continue
        groups += 1
        seen.add(start)
        queue = deque([start])
        while queue:
            for other in friends[queue.popleft()]:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
    return groups
