"""Accepts the ways in any order, and each way's tokens in any order. Says which way is
repeated, uses a value that is not offered, adds up to the wrong amount, or is missing."""

from interview_app.core.judge.checkers import describe


def _as_way(item):
    if not isinstance(item, list | tuple):
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in item):
        return None
    return tuple(sorted(item))


def check(expected, got, case=None):
    if not isinstance(got, list | tuple):
        return f"expected a list of ways, got {describe(got)}"
    want = {tuple(sorted(w)) for w in expected}
    values, target = (set(case["args"][0]), case["args"][1]) if case else (None, None)
    first_seen = {}
    for i, item in enumerate(got):
        way = _as_way(item)
        if way is None:
            return f"item {i}: expected a list of integers, got {describe(item)}"
        if way in first_seen:
            return (
                f"the way {list(way)} is listed twice (items {first_seen[way]} and {i}, "
                "perhaps in another order); the same tokens in any order are one way"
            )
        first_seen[way] = i
        if values is not None:
            stray = [v for v in way if v not in values]
            if stray:
                return f"item {i}: {describe(item)} uses {stray[0]}, which is not among the values"
            if sum(way) != target:
                return f"item {i}: {describe(item)} adds up to {sum(way)}, not {target}"
        if way not in want:
            return f"item {i}: {describe(item)} is not a way to pay the target"
    missing = sorted(want - set(first_seen))
    if missing:
        return f"{len(missing)} of {len(want)} ways are missing, for example {list(missing[0])}"
    return None
