"""Two sorted lists and two pointers: walk the starts in order; every end at or before the
current start frees a room first."""


def min_rooms(meetings):
    starts = sorted(m[0] for m in meetings)
    ends = sorted(m[1] for m in meetings)
    in_use = best = 0
    j = 0
    for s in starts:
        while j < len(ends) and ends[j] <= s:
            in_use -= 1
            j += 1
        in_use += 1
        best = max(best, in_use)
    return best
