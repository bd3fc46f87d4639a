LOWER = "abcdefghijklmnopqrstuvwxyz"
LETTERS = LOWER + LOWER.upper()


def _text(rng, alphabet, n):
    return "".join(alphabet[int(k)] for k in rng.integers(0, len(alphabet), size=n))


def _case(name, s, t, large=False):
    case = {"name": name, "args": [s, t]}
    if large:
        case["large"] = True
    return case


def visible():
    return [
        _case("example: the leftmost of two shortest", "XQZAYBZKBAYQ", "ABZ"),
        _case("a key letter needed twice", "BAACAB", "AAB"),
        _case("no stretch covers the key", "abc", "abd"),
    ]


def _planted(rng, n, pieces):
    """Lowercase filler of length n with the given strings written at increasing offsets."""
    text = list(_text(rng, LOWER, n))
    slots = sorted(int(k) for k in rng.choice(n // (len(pieces) + 1), size=len(pieces)))
    gap = n // (len(pieces) + 1)
    for k, (piece, at) in enumerate(zip(pieces, slots, strict=True)):
        offset = k * gap + at
        text[offset : offset + len(piece)] = piece
    return "".join(text[:n])


def hidden(rng):
    ch = LETTERS[int(rng.integers(0, len(LETTERS)))]
    cases = [_case("one letter, found", ch, ch)]
    s = _text(rng, LOWER, int(rng.integers(1, 8)))
    cases.append(_case("the key is longer than the message", s, s + s[0]))
    s = _text(rng, LOWER, 500)
    cases.append(
        _case("a key letter that never occurs", s, "ab" + LOWER.upper()[int(rng.integers(0, 26))])
    )
    # Two A's are needed; the single-A stretches are much shorter.
    near = "A" + "b" * int(rng.integers(0, 4)) + "B"
    far = "A" + "c" * int(rng.integers(20, 60)) + "A" + "d" * int(rng.integers(0, 5)) + "B"
    cases.append(_case("a letter needed twice, far apart", _planted(rng, 600, [near, far]), "AAB"))
    # Two stretches of the same shortest length: the leftmost one is the answer.
    middle = _text(rng, "pqrs", int(rng.integers(1, 6)))
    first, second = "X" + middle + "Z", "Z" + middle[::-1] + "X"
    cases.append(_case("two equally short stretches", _planted(rng, 800, [first, second]), "XZ"))
    s = "M" + _text(rng, LOWER, int(rng.integers(50, 300))) + "N"
    cases.append(_case("the whole message is the only stretch", s, "NM"))
    cases.append(
        _case("case-sensitive letters", _text(rng, "aAbBcC", 400), _text(rng, "aAbBcC", 5))
    )
    for k in range(3):
        s = _text(rng, "abcdefgh", 1000)
        cases.append(_case(f"random, small alphabet {k + 1}", s, _text(rng, "abcdefgh", 3 + 2 * k)))
    cases.append(_case("random, all letters", _text(rng, LETTERS, 1500), _text(rng, LETTERS, 4)))
    cases.append(_case("a key with many repeats", _text(rng, "abc", 1500), "aaaaabbbc"))
    # Large: the first key letter sits near the start, the other near the end, so a scan from
    # every start runs over most of the message.
    n = 100_000
    text = list(_text(rng, LOWER, n))
    for k in rng.integers(0, n // 10, size=3):
        text[int(k)] = "X"
    for k in rng.integers(n - n // 10, n, size=3):
        text[int(k)] = "Y"
    cases.append(_case("100,000 letters, key letters far apart", "".join(text), "XYab", large=True))
    return cases
