"""Sorts by start only (with a key) and builds new pairs, never editing the input lists."""


def merge(intervals):
    out = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = [out[-1][0], end]
        else:
            out.append([start, end])
    return out
