OPEN, CLOSE = "([{", ")]}"


def _well_formed(rng, pairs):
    """A random well-formed string with the given number of bracket pairs."""
    out, stack = [], []
    opens_left = pairs
    while opens_left or stack:
        if opens_left and (not stack or rng.random() < 0.55):
            k = int(rng.integers(0, 3))
            out.append(OPEN[k])
            stack.append(k)
            opens_left -= 1
        else:
            out.append(CLOSE[stack.pop()])
    return "".join(out)


def _swap_closer_type(rng, s):
    closers = [i for i, ch in enumerate(s) if ch in CLOSE]
    i = closers[int(rng.integers(0, len(closers)))]
    other = CLOSE[(CLOSE.index(s[i]) + int(rng.integers(1, 3))) % 3]
    return s[:i] + other + s[i + 1 :]


def _insert(rng, s, piece):
    i = int(rng.integers(0, len(s) + 1))
    return s[:i] + piece + s[i:]


def visible():
    return [
        {"name": "example: nested and side by side", "args": ["{[]()}"]},
        {"name": "crossing pairs", "args": ["([)]"]},
        {"name": "an opener is never closed", "args": ["(()"]},
    ]


def hidden(rng):
    big = _well_formed(rng, 5000)
    cases = [
        {"name": "empty string", "args": [""]},
        {"name": "a single bracket", "args": [OPEN[int(rng.integers(0, 3))]]},
        {"name": "well formed, 20 pairs", "args": [_well_formed(rng, 20)]},
        {"name": "well formed, 5000 pairs", "args": [big]},
        {
            "name": "one closer of the wrong type (10^4 chars)",
            "args": [_swap_closer_type(rng, big)],
        },
        {
            "name": "closer of the wrong type, small",
            "args": [_swap_closer_type(rng, _well_formed(rng, 6))],
        },
        {
            "name": "crossing pairs inside a long string",
            "args": [_insert(rng, _well_formed(rng, 2000), "([)]")],
        },
        {
            "name": "an extra opener at the end",
            "args": [_well_formed(rng, 300) + OPEN[int(rng.integers(0, 3))]],
        },
        {
            "name": "only openers",
            "args": ["".join(OPEN[int(k)] for k in rng.integers(0, 3, size=40))],
        },
        {"name": "closes before it opens", "args": [")" + _well_formed(rng, 50) + "("]},
        {"name": "same counts, wrong order", "args": [_insert(rng, _well_formed(rng, 100), "}{")]},
    ]
    return cases
