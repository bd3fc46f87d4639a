"""DFS with one visited set and no 'in progress' state: reaching any visited course counts as a cycle."""


def can_finish(num_courses, prerequisites):
    unlocks = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        unlocks[before].append(course)
    visited = set()
    for start in range(num_courses):
        if start in visited:
            continue
        visited.add(start)
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in unlocks[node]:
                if nxt in visited:
                    return False
                visited.add(nxt)
                stack.append(nxt)
    return True
