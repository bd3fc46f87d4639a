"""Depth-first search with an explicit stack and three colours: reaching a grey course again
means a cycle."""


def can_finish(num_courses, prerequisites):
    graph = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        graph[before].append(course)
    WHITE, GREY, BLACK = 0, 1, 2
    colour = [WHITE] * num_courses
    for start in range(num_courses):
        if colour[start] != WHITE:
            continue
        colour[start] = GREY
        stack = [(start, iter(graph[start]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                colour[node] = BLACK
                stack.pop()
            elif colour[child] == GREY:
                return False
            elif colour[child] == WHITE:
                colour[child] = GREY
                stack.append((child, iter(graph[child])))
    return True
