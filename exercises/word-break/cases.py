LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word(rng, alphabet, low, high):
    length = int(rng.integers(low, high + 1))
    return "".join(alphabet[int(k)] for k in rng.integers(0, len(alphabet), size=length))


def _dictionary(rng, alphabet, size, low, high):
    words = set()
    while len(words) < size:
        words.add(_word(rng, alphabet, low, high))
    return sorted(words)


def _join(rng, words, count):
    return "".join(words[int(k)] for k in rng.integers(0, len(words), size=count))


def _letters(rng, count):
    return [LOWER[int(k)] for k in rng.choice(26, size=count, replace=False)]


def _case(name, s, words, large=False):
    case = {"name": name, "args": [s, words]}
    if large:
        case["large"] = True
    return case


def visible():
    return [
        _case("example", "sunflowerseed", ["sun", "flower", "flowers", "seed", "eed"]),
        _case("a word used twice", "oneonetwo", ["one", "two", "ton"]),
        _case("the last letter is not covered", "catsdog", ["cat", "cats", "do"]),
    ]


def hidden(rng):
    x, y, z = _letters(rng, 3)
    cases = [_case("the whole string is one word", x + y + z, [x + y + z, x])]
    cases.append(_case("a single letter not in the dictionary", x, [y, y + x]))
    m = int(rng.integers(3, 40))
    cases.append(
        _case("the longest word first strands the rest", (x + x + y) * m, [x, x + x, x + y])
    )
    cases.append(_case("the shortest word first strands the rest", (x + x + y) * m, [x, x + x + y]))
    # A word sits at the end, but the text before it cannot be split.
    words = _dictionary(rng, [x, y], 6, 2, 5)
    cases.append(_case("a stray letter before the words", z + _join(rng, words, 20), words))
    # Plain recursion explores every way to cut a run of x's before finding the y uncovered.
    run = [x * k for k in range(1, 11)]
    cases.append(_case("a long run of one letter, then an uncovered one", x * 32 + y, run))
    cases.append(_case("a long run of one letter, then a covered one", x * 32 + y, [*run, y]))
    for k in range(3):
        words = _dictionary(rng, "abc", 8, 1, 6)
        s = _join(rng, words, 60)
        if k == 2:  # an extra letter in the middle, where no split may reach over it
            mid = len(s) // 2
            s = s[:mid] + "d" + s[mid:]
        cases.append(_case(f"random words over three letters {k + 1}", s, words))
    words = _dictionary(rng, "ab", 10, 2, 7)
    cases.append(_case("random text over two letters", _word(rng, "ab", 300, 600), words))
    words = _dictionary(rng, LOWER, 300, 1, 20)
    cases.append(_case("300 words, 1 to 20 letters", _join(rng, words, 100), words))
    # Large: many short words over two letters with long decoys, so most cut points are dead ends.
    words = [*_dictionary(rng, "ab", 12, 2, 6), *_dictionary(rng, "ab", 20, 18, 20)]
    cases.append(_case("about 30,000 letters", _join(rng, words[:12], 7500), words, large=True))
    return cases
