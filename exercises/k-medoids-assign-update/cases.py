import numpy as np

GAP = 1e-9  # relative margin kept around every comparison in the random draws


def visible():
    X = np.array([[0.0], [1.0], [2.0], [3.0], [20.0], [30.0], [31.0]])
    X2 = np.array(
        [[1.0, 0.0], [0.0, 0.0], [3.0, 4.0], [2.0, 0.0], [6.0, 8.0], [3.0, 0.0], [20.0, 0.0]]
    )
    return [
        {
            "name": "seven points on a line, k = 2 (a tie for a medoid)",
            "args": [X, np.array([0, 5])],
        },
        {"name": "a point exactly between two medoids", "args": [X2, np.array([1, 4])]},
    ]


def _margin(values):
    """The relative gap between the smallest and the second smallest of each row (inf if one)."""
    if values.shape[1] < 2:
        return np.full(len(values), np.inf)
    part = np.sort(values, axis=1)
    return (part[:, 1] - part[:, 0]) / np.maximum(part[:, 0], 1e-300)


def _clear(X, medoids):
    """No near-tie anywhere: every point's two nearest medoids, and every cluster's two best
    candidates, differ by more than GAP (relative), so rounding cannot decide a comparison."""
    d = np.sqrt(((X[:, None, :] - X[medoids][None, :, :]) ** 2).sum(axis=2))
    if np.any(_margin(d) <= GAP):
        return False
    labels = d.argmin(axis=1)
    for j in range(len(medoids)):
        P = X[labels == j]
        totals = np.sqrt(((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=2)).sum(axis=1)
        if np.any(_margin(totals[None, :]) <= GAP):
            return False
    return True


def _random(rng, n, k, d, spread=1.5):
    while True:
        centres = rng.uniform(-8, 8, size=(k, d))
        X = centres[rng.integers(0, k, size=n)] + rng.normal(scale=spread, size=(n, d))
        medoids = rng.choice(n, size=k, replace=False)
        if _clear(X, medoids):
            return X, medoids


def _on_a_line(rng, offsets):
    """Points at integer positions along a random axis-parallel line in 2-D, shuffled; every
    distance is an exact integer, so equal totals are exactly equal."""
    n = len(offsets)
    order = rng.permutation(n)
    axis = rng.integers(0, 2)
    base = rng.integers(-50, 50, size=2).astype(float)
    X = np.tile(base, (n, 1))
    X[:, axis] += np.asarray(offsets, dtype=float)[order]
    where = np.argsort(order)  # where[i]: the row holding offsets[i]
    return X, where


def _skewed_cluster(rng):
    """A cluster {0, 1, 2, 3, 20}: its medoid is the point at 2 (total 22), while the point
    nearest its mean (5.2) and the one with the least squared distance are both the point at 3."""
    X, where = _on_a_line(rng, [0, 1, 2, 3, 20, 300, 302, 305])
    return X, np.array([where[0], where[6]])


def _tied(rng):
    """The point at 5 is exactly between the medoids at 0 and 10 (it joins cluster 0), cluster 0
    is then {0, 5}, whose two points have the same total (5), and cluster 1 holds 10 and 13."""
    X, where = _on_a_line(rng, [0, 5, 10, 13])
    return X, np.array([where[0], where[2]])


def _duplicated_best(rng):
    """A random clustering in which one cluster's best point is copied: the copy ties with it."""
    X, medoids = _random(rng, 40, 3, 2)
    d = np.sqrt(((X[:, None, :] - X[medoids][None, :, :]) ** 2).sum(axis=2))
    members = np.flatnonzero(d.argmin(axis=1) == 0)
    P = X[members]
    best = members[np.sqrt(((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=2)).sum(axis=1).argmin()]
    at = int(rng.integers(0, len(X) + 1))
    X = np.insert(X, at, X[best], axis=0)
    return X, np.where(medoids >= at, medoids + 1, medoids)


def hidden(rng):
    cases = []
    for n, k, d in [(60, 3, 2), (150, 5, 5), (90, 4, 1), (200, 6, 3)]:
        X, medoids = _random(rng, n, k, d)
        cases.append({"name": f"random blobs (n={n}, k={k}, d={d})", "args": [X, medoids]})
    X, medoids = _random(rng, 30, 1, 3)
    cases.append({"name": "k = 1: the medoid of all the points", "args": [X, medoids]})
    X, medoids = _skewed_cluster(rng)
    cases.append(
        {
            "name": "a skewed cluster: its medoid is not the point nearest its mean",
            "args": [X, medoids],
        }
    )
    X, medoids = _tied(rng)
    cases.append(
        {
            "name": "ties: a point between two medoids, two equally good medoids",
            "args": [X, medoids],
        }
    )
    X, medoids = _duplicated_best(rng)
    cases.append({"name": "the best medoid appears twice", "args": [X, medoids]})
    X, medoids = _random(rng, 12, 6, 2)
    cases.append({"name": "as many clusters as half the points", "args": [X, medoids]})
    return cases
