import numpy as np


def visible():
    v = np.array([1.0, 0.0, -1.0])
    U = np.array([[0.5, 0.5, -0.5], [1.0, 0.0, 1.0], [-1.0, 2.0, 0.0], [0.0, 0.0, 0.0]])
    return [
        {"name": "the worked example (word 2 drawn twice)", "args": [v, U, 0, np.array([2, 1, 2])]},
        {
            "name": "the context word drawn as a negative",
            "args": [v, U, 1, np.array([1, 3])],
        },
    ]


def _case(rng, name, n_words, d, k, repeat=True, context_drawn=False):
    v = rng.normal(scale=1.5 / np.sqrt(d), size=d)
    U = rng.normal(scale=1.5 / np.sqrt(d), size=(n_words, d))
    context = int(rng.integers(n_words))
    negatives = rng.integers(n_words, size=k)
    if repeat:  # a word drawn more than once, on purpose
        negatives[rng.choice(k, size=2, replace=False)] = rng.integers(n_words)
    if context_drawn:
        negatives[int(rng.integers(k))] = context
    return {"name": name, "args": [v, U, context, negatives.astype(np.int64)]}


def _saturated(rng):
    """A negative whose score is about +40 and a context word scored about -40."""
    d, n_words = 10, 30
    case = _case(rng, "saturated scores (|score| near 40)", n_words, d, 6)
    v, U, context, negatives = case["args"]
    unit = v / np.dot(v, v)
    U[negatives[0]] = rng.uniform(38.0, 42.0) * unit + 0.01 * rng.normal(size=d)
    if context == negatives[0]:
        context = (context + 1) % n_words
    U[context] = -rng.uniform(38.0, 42.0) * unit
    case["args"] = [v, U, int(context), negatives]
    return case


def hidden(rng):
    return [
        _case(rng, "V = 50, d = 16, K = 5", 50, 16, 5),
        _case(rng, "V = 200, d = 50, K = 15", 200, 50, 15),
        _case(rng, "small vocabulary, many repeats (V = 4, K = 12)", 4, 6, 12),
        _case(rng, "the context word among the negatives", 20, 8, 8, context_drawn=True),
        _case(rng, "one negative (K = 1)", 30, 10, 1, repeat=False),
        _case(rng, "d = 1", 10, 1, 6),
        _saturated(rng),
    ]
