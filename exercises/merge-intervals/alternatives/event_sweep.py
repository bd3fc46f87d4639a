"""A sweep over +1 / -1 events: an open event sorts before a close at the same point, so
touching intervals join; a merged interval ends where the count of open ones falls to zero."""


def merge(intervals):
    events = sorted([(s, 0) for s, _ in intervals] + [(e, 1) for _, e in intervals])
    out, depth, begin = [], 0, None
    for point, kind in events:
        if kind == 0:
            if depth == 0:
                begin = point
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                out.append([begin, point])
    return out
