PRINTABLE = "".join(chr(c) for c in range(32, 127))


def _text(rng, alphabet, n):
    return "".join(alphabet[int(k)] for k in rng.integers(0, len(alphabet), size=n))


def _mutate(rng, s, edits, alphabet):
    """s after a few random insertions, deletions and replacements."""
    chars = list(s)
    for _ in range(edits):
        kind = int(rng.integers(0, 3))
        at = int(rng.integers(0, len(chars) + 1))
        letter = alphabet[int(rng.integers(0, len(alphabet)))]
        if kind == 0 or not chars:
            chars.insert(at, letter)
        elif kind == 1:
            del chars[min(at, len(chars) - 1)]
        else:
            chars[min(at, len(chars) - 1)] = letter
    return "".join(chars)


def _case(name, a, b):
    return {"name": name, "args": [a, b]}


def visible():
    return [
        _case("example: two replacements", "recieve", "receive"),
        _case("example", "kitchen", "sitting"),
        _case("a deletion and an insertion", "flaw", "lawn"),
    ]


def hidden(rng):
    w = _text(rng, "abcdefghij", int(rng.integers(1, 30)))
    cases = [
        _case("both empty", "", ""),
        _case("from empty", "", w),
        _case("to empty", w, ""),
        _case("equal strings", w, w),
    ]
    # One character changed in place: one replacement.
    s = _text(rng, "abcdefgh", int(rng.integers(5, 40)))
    k = int(rng.integers(0, len(s)))
    cases.append(_case("one character replaced", s, s[:k] + "Z" + s[k + 1 :]))
    # A character added at the front: one insertion shifts everything.
    s = _text(rng, "abcdefghijklmnop", int(rng.integers(20, 80)))
    cases.append(_case("one character added at the front", s, "Q" + s))
    cases.append(_case("a prefix dropped", s, s[int(rng.integers(2, 10)) :]))
    cases.append(_case("case matters", "Hello World", "hello world"))
    for j, (n, edits) in enumerate([(10, 3), (120, 15), (300, 60)]):
        a = _text(rng, "abcdef", n)
        cases.append(_case(f"random edits {j + 1} (n={n})", a, _mutate(rng, a, edits, "abcdefg")))
    a, b = _text(rng, "ab", 200), _text(rng, "ab", 250)
    cases.append(_case("two unrelated strings over two letters", a, b))
    a = _text(rng, PRINTABLE, 300)
    cases.append(_case("printable text, 300 characters", a, _mutate(rng, a, 40, PRINTABLE)))
    return cases
