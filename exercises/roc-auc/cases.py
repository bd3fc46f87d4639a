import numpy as np


def visible():
    return [
        {
            "name": "four samples, no ties",
            "args": [np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])],
        },
        {
            "name": "a tie between a positive and a negative",
            "args": [np.array([0, 1, 0, 1]), np.array([0.2, 0.5, 0.5, 0.9])],
        },
        {
            "name": "discrete scores with several ties",
            "args": [
                np.array([1, 0, 1, 0, 0, 1, 1, 0]),
                np.array([3.0, 1.0, 2.0, 2.0, 3.0, 3.0, 1.0, 1.0]),
            ],
        },
    ]


def _labels(rng, n, p=0.5):
    y = (rng.random(n) < p).astype(np.int64)
    y[rng.choice(n, size=2, replace=False)] = [0, 1]  # both classes present
    return y


def hidden(rng):
    cases = []
    y = _labels(rng, 300)
    s = rng.normal(size=300) + 0.8 * y
    cases.append({"name": "continuous scores, no ties", "args": [y, s]})

    y = _labels(rng, 400)
    s = np.clip(np.round(3 + y + rng.normal(scale=1.2, size=400)), 1, 5)
    cases.append({"name": "ratings 1 to 5 (heavy ties)", "args": [y, s]})

    y = _labels(rng, 1000, p=0.3)
    s = np.round(rng.random(1000) * 0.6 + 0.3 * y, 1)
    cases.append({"name": "scores rounded to one decimal, imbalanced", "args": [y, s]})

    y = _labels(rng, 50)
    cases.append({"name": "all scores equal", "args": [y, np.full(50, rng.normal())]})

    y = _labels(rng, 40)
    s = np.where(y == 1, rng.uniform(1, 2, size=40), rng.uniform(-2, 0.5, size=40))
    cases.append({"name": "perfect separation", "args": [y, s]})
    cases.append({"name": "perfectly reversed", "args": [y, -s]})

    y = np.array([1, 0]) if rng.random() < 0.5 else np.array([0, 1])
    cases.append({"name": "one positive and one negative", "args": [y, rng.normal(size=2)]})

    y = np.zeros(500, dtype=np.int64)
    y[rng.integers(500)] = 1
    s = np.round(rng.normal(size=500), 1)
    cases.append({"name": "a single positive among 500", "args": [y, s]})

    y = _labels(rng, 200)
    s = rng.choice([-1e12, -3.5, 0.0, 2.25, 1e12], size=200) + 0.0
    cases.append({"name": "negative and huge scores with ties", "args": [y, s]})

    y = _labels(rng, 4000, p=0.4)
    s = rng.integers(0, 50, size=4000) + 10.0 * y * rng.random(4000)
    s = np.floor(s)
    cases.append({"name": "larger input with many ties", "args": [y, s]})
    return cases
