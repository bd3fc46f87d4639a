PRINTABLE = "".join(chr(c) for c in range(32, 127))


def _random(rng, alphabet, n):
    return "".join(alphabet[int(k)] for k in rng.integers(0, len(alphabet), size=n))


def visible():
    return [
        {"name": "example", "args": ["abcbdea"]},
        {"name": "a repeat that is already outside the window", "args": ["abba"]},
        {"name": "empty string", "args": [""]},
    ]


def hidden(rng):
    ch = PRINTABLE[int(rng.integers(0, len(PRINTABLE)))]
    distinct = "".join(PRINTABLE[int(k)] for k in rng.permutation(len(PRINTABLE)))
    # Palindromic blocks like "xyzzyx" make old repeats fall behind the window.
    blocks = []
    for _ in range(200):
        part = _random(rng, "abcdefgh", int(rng.integers(2, 6)))
        blocks.append(part + part[::-1])
    return [
        {"name": "one character", "args": [ch]},
        {"name": "the same character repeated", "args": [ch * int(rng.integers(2, 50))]},
        {"name": "all 95 printable characters, no repeat", "args": [distinct]},
        {"name": "mixed case and spaces", "args": [_random(rng, "aAbB cC", 60)]},
        {"name": "small alphabet, 10^4 chars", "args": [_random(rng, "abcd", 10_000)]},
        {
            "name": "letters, 10^4 chars",
            "args": [_random(rng, "abcdefghijklmnopqrstuvwxyz", 10_000)],
        },
        {"name": "printable ASCII, 10^4 chars", "args": [_random(rng, PRINTABLE, 10_000)]},
        {"name": "mirrored blocks", "args": ["".join(blocks)]},
        {"name": "the answer is at the very end", "args": [_random(rng, "ab", 30) + distinct[:40]]},
        {"name": "short random", "args": [_random(rng, "abcdef", int(rng.integers(5, 15)))]},
    ]
