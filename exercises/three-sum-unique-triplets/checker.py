"""Accepts the triplets in any order, and each triplet's values in any order. Says which
triplet is repeated, does not add up to 0, cannot be formed from the entries, or is missing."""

from collections import Counter

from interview_app.core.judge.checkers import describe


def _as_triplet(item):
    if not isinstance(item, list | tuple) or len(item) != 3:
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in item):
        return None
    return tuple(sorted(item))


def check(expected, got, case=None):
    if not isinstance(got, list | tuple):
        return f"expected a list of triplets, got {describe(got)}"
    want = {tuple(sorted(t)) for t in expected}
    counts = Counter(case["args"][0]) if case else None
    first_seen = {}
    for i, item in enumerate(got):
        triplet = _as_triplet(item)
        if triplet is None:
            return f"item {i}: expected a list of three integers, got {describe(item)}"
        if triplet in first_seen:
            return (
                f"the triplet {list(triplet)} is listed twice (items {first_seen[triplet]} "
                f"and {i}); each combination of values must appear once"
            )
        first_seen[triplet] = i
        if sum(triplet) != 0:
            return f"item {i}: {describe(item)} adds up to {sum(triplet)}, not 0"
        if triplet not in want:
            short = [v for v, c in Counter(triplet).items() if counts and counts[v] < c]
            if short:
                v = short[0]
                return (
                    f"item {i}: {describe(item)} uses {v} {Counter(triplet)[v]} times, but "
                    f"it occurs only {counts[v]} time(s) in nums"
                )
            return f"item {i}: {describe(item)} cannot be formed from the entries"
    missing = sorted(want - set(first_seen))
    if missing:
        return f"{len(missing)} of {len(want)} triplets are missing, for example {list(missing[0])}"
    return None
