import numpy as np


def visible():
    X = np.array([[0.0], [1.0], [2.0], [5.0], [6.0]])
    y = np.array([0, 0, 0, 1, 1])
    X2 = np.array(
        [[1.0, 20.0], [2.0, 21.0], [1.5, 19.0], [6.0, 5.0], [7.0, 6.0], [6.5, 4.0], [4.0, 12.0]]
    )
    y2 = np.array([2, 2, 2, 7, 7, 7, 7])
    return [
        {
            "name": "one feature, two classes",
            "args": [X, y, np.array([[1.5], [3.0], [3.5], [4.0]])],
        },
        {
            "name": "two features, labels 2 and 7",
            "args": [X2, y2, np.array([[1.0, 19.5], [5.0, 8.0], [3.0, 14.0], [4.0, 12.0]])],
        },
        {
            "name": "larger var_smoothing",
            "args": [X, y, np.array([[3.0], [3.5], [3.8]])],
            "kwargs": {"var_smoothing": 0.5},
        },
    ]


def _gaussian_classes(rng, sizes, d, spread=3.0, scale=1.0):
    means = rng.uniform(-spread, spread, size=(len(sizes), d))
    stds = rng.uniform(0.5, 2.0, size=(len(sizes), d))
    X = np.concatenate([means[c] + stds[c] * rng.normal(size=(s, d)) for c, s in enumerate(sizes)])
    y = np.concatenate([np.full(s, c, dtype=np.int64) for c, s in enumerate(sizes)])
    perm = rng.permutation(len(y))
    return X[perm] * scale, y[perm], means * scale, stds * scale


def _queries(rng, means, stds, m):
    c = rng.integers(0, len(means), size=m)
    return means[c] + 1.5 * stds[c] * rng.normal(size=(m, means.shape[1]))


def hidden(rng):
    cases = []
    X, y, mu, sd = _gaussian_classes(rng, [30, 30, 30], 2)
    cases.append({"name": "three classes, d=2", "args": [X, y, _queries(rng, mu, sd, 40)]})

    X, y, mu, sd = _gaussian_classes(rng, [120, 50, 20, 10], 5)
    cases.append(
        {"name": "four unbalanced classes, d=5", "args": [X, y, _queries(rng, mu, sd, 60)]}
    )

    X, y, mu, sd = _gaussian_classes(rng, [3, 3, 4], 3, spread=1.5)
    cases.append({"name": "three samples per class", "args": [X, y, _queries(rng, mu, sd, 60)]})

    X, y, mu, sd = _gaussian_classes(rng, [20, 20, 20], 100, spread=1.0, scale=1e4)
    cases.append(
        {"name": "100 features on a scale of 1e4", "args": [X, y, _queries(rng, mu, sd, 30)]}
    )

    # heavy overlap and a 19:1 prior: the prior moves the decision boundary
    X = np.concatenate([rng.normal(0.0, 1.0, size=(190, 1)), rng.normal(1.5, 1.0, size=(10, 1))])
    y = np.repeat(np.array([0, 1]), [190, 10]).astype(np.int64)
    cases.append(
        {"name": "19:1 class imbalance", "args": [X, y, np.linspace(-1.0, 6.0, 71)[:, None]]}
    )

    # a deterministic one: priors 0.9 / 0.1 decide the middle point
    Xp = np.array([[-1.0], [1.0]] * 9 + [[3.0], [5.0]])
    yp = np.array([0, 0] * 9 + [1, 1])
    cases.append({"name": "the prior decides", "args": [Xp, yp, np.array([[2.3], [2.0], [3.5]])]})

    # population variance: class 0's variance is 1 (ddof=0), not 2 (ddof=1); 2.6 lies between the boundaries
    Xv = np.array([[-1.0], [1.0], [4.0], [5.0], [6.0], [4.0], [5.0], [6.0]])
    yv = np.array([0, 0, 1, 1, 1, 1, 1, 1])
    cases.append(
        {
            "name": "population, not sample, variance",
            "args": [Xv, yv, np.array([[2.6], [0.0], [5.0]])],
        }
    )

    X, y, mu, sd = _gaussian_classes(rng, [40, 40], 3)
    cases.append(
        {
            "name": "var_smoothing = 0.1",
            "args": [X, y, _queries(rng, mu, sd, 40)],
            "kwargs": {"var_smoothing": 0.1},
        }
    )

    X, y, mu, sd = _gaussian_classes(rng, [25, 25], 3)
    X[y == 0, 1] = 2.0  # constant inside class 0: only the smoothing keeps its variance positive
    Q = _queries(rng, mu, sd, 30)
    Q[:10, 1] = 2.0
    cases.append({"name": "a feature constant within one class", "args": [X, y, Q]})

    X, y, mu, sd = _gaussian_classes(rng, [30, 1], 2)
    Q = np.vstack([X[y == 1], _queries(rng, mu, sd, 15)])
    cases.append({"name": "a class with a single sample", "args": [X, y, Q]})

    # mirror-image classes with equal priors: the midpoint is an exact tie
    Xt = np.array([[0.0], [2.0], [10.0], [12.0]])
    cases.append(
        {
            "name": "exact tie goes to the smaller label",
            "args": [Xt, np.array([5, 5, 3, 3]), np.array([[6.0], [5.0], [7.0]])],
        }
    )

    X, y, mu, sd = _gaussian_classes(rng, [30, 30], 2)
    cases.append({"name": "labels -1 and +1", "args": [X, 2 * y - 1, _queries(rng, mu, sd, 30)]})
    cases.append({"name": "no test points", "args": [X, y, np.zeros((0, 2))]})
    return cases
