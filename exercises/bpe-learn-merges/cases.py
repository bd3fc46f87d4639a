LETTERS = "abcdefghijklmnopqrstuvwxyz"


def visible():
    corpus = {"low": 5, "lower": 2, "newest": 6, "widest": 3}
    return [
        {
            "name": "the worked example (4 merges)",
            "args": [corpus, 4, ["lowest", "newer", "wide"]],
        },
        {
            "name": "a run of one letter ('aaaa')",
            "args": [{"aaaa": 2, "ab": 3}, 3, ["aaa", "aaaaa", "ba"]],
        },
        {"name": "nothing left to merge", "args": [{"ab": 1, "c": 4}, 5, ["abc", "cab"]]},
    ]


def _letters(rng, n):
    return [str(c) for c in rng.choice(list(LETTERS), size=n, replace=False)]


def _random_corpus(rng, name, n_words, alphabet, max_len, num_merges):
    letters = _letters(rng, alphabet)
    corpus = {}
    while len(corpus) < n_words:
        length = int(rng.integers(1, max_len + 1))
        corpus["".join(rng.choice(letters, size=length))] = int(rng.integers(1, 30))
    words = list(corpus)[:3] + [
        "".join(rng.choice(letters, size=int(rng.integers(1, 12)))) for _ in range(4)
    ]
    return {"name": name, "args": [corpus, num_merges, words]}


def _frequency_matters(rng):
    """One frequent word against a pair spread over three rare ones."""
    a, b, c, d, e, f = _letters(rng, 6)
    corpus = {a + b: 1, a + b + e: 1, f + a + b: 1, c + d: int(rng.integers(4, 20))}
    return {
        "name": "one frequent word against many rare ones",
        "args": [corpus, 2, [c + d + a + b]],
    }


def _tie(rng):
    """Two pairs with the same count; the smaller (first, second) must go first."""
    a, b, c, d = sorted(_letters(rng, 4))
    n = int(rng.integers(2, 10))
    # The larger pair comes first in the dict, so neither 'first seen' nor 'largest' is right.
    corpus = {c + d: n, a + b: n, d + c: n - 1}
    return {
        "name": "equal counts break by the smaller pair",
        "args": [corpus, 3, [a + b + c + d, d + c + d]],
    }


def _run(rng):
    """A run of one letter: every adjacent position counts, merges go left to right."""
    a, b = _letters(rng, 2)
    n = int(rng.integers(3, 8))
    corpus = {a * 4: n, a + b: 2 * n + 1}
    return {"name": "a run of one letter", "args": [corpus, 3, [a * 3, a * 5, a * 4 + b]]}


def _boundary(rng):
    """(b, a) is merged before (a, a), so 'baa' splits as 'ba' + 'a' and stays so."""
    a, b = _letters(rng, 2)
    corpus = {b + a: 10, a + a: 6, b + a + a: 1}
    return {
        "name": "a merge must not reach across symbols",
        "args": [corpus, 2, [b + a + a, b + a * 3]],
    }


def _order_matters(rng):
    """(b, c) is learned before (a, b): 'abc' encodes as 'a' + 'bc', not 'ab' + 'c'."""
    a, b, c = _letters(rng, 3)
    corpus = {b + c: 10, a + b: 5}
    return {
        "name": "encoding replays the merges in order",
        "args": [corpus, 2, [a + b + c, c + a + b + c]],
    }


def hidden(rng):
    return [
        _random_corpus(rng, "random corpus, 5 letters, 10 merges", 12, 5, 7, 10),
        _random_corpus(rng, "random corpus, 3 letters (many ties), 8 merges", 10, 3, 8, 8),
        _random_corpus(rng, "more merges than pairs", 4, 4, 4, 30),
        _random_corpus(rng, "larger corpus, 40 merges", 60, 8, 10, 40),
        _frequency_matters(rng),
        _tie(rng),
        _run(rng),
        _boundary(rng),
        _order_matters(rng),
    ]
