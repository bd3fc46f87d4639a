import numpy as np


def visible():
    X = np.array([[-1.0], [0.0], [1.0], [4.0]])
    covs = np.array([[[1.0]], [[1.0]]])
    X2 = np.array([[0.0, 0.0], [1.0, 0.5], [0.5, 1.0], [5.0, 5.0], [6.0, 5.5], [5.5, 4.0]])
    covs2 = np.array([np.eye(2), [[2.0, 0.5], [0.5, 1.0]]])
    return [
        {
            "name": "1-D, two components, four points",
            "args": [X, np.array([0.5, 0.5]), np.array([[0.0], [3.0]]), covs],
        },
        {
            "name": "2-D, two components, full covariances",
            "args": [X2, np.array([0.4, 0.6]), np.array([[1.0, 1.0], [4.0, 4.0]]), covs2],
        },
    ]


def _spd(rng, d, low=0.5, high=3.0):
    """A random covariance with eigenvalues in [low, high]: well conditioned by construction."""
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    cov = (q * rng.uniform(low, high, size=d)) @ q.T
    return (cov + cov.T) / 2  # exactly symmetric, whichever triangle a solution reads


def _mixture(rng, n, d, k, spread=4.0, shares=None, cov_range=(0.5, 3.0)):
    """Data drawn from k Gaussians, and a start near (not at) the truth: means moved, weights
    uniform, covariances drawn afresh. Every component owns a fair share of the points."""
    shares = np.full(k, 1.0 / k) if shares is None else np.asarray(shares)
    sizes = np.maximum((shares * n).astype(int), 10)
    centres = rng.normal(scale=spread, size=(k, d))
    true_covs = [_spd(rng, d, *cov_range) for _ in range(k)]
    X = np.concatenate(
        [rng.multivariate_normal(centres[j], true_covs[j], size=sizes[j]) for j in range(k)]
    )
    rng.shuffle(X)
    means = centres + rng.normal(scale=0.8, size=(k, d))
    covs = np.array([_spd(rng, d, *cov_range) for _ in range(k)])
    return X, np.full(k, 1.0 / k), means, covs


def _case(name, X, weights, means, covs):
    return {"name": name, "args": [X, weights, means, covs]}


def hidden(rng):
    cases = [
        _case("2-D, three components, n=150", *_mixture(rng, 150, 2, 3)),
        _case("4-D, two components, n=200", *_mixture(rng, 200, 4, 2)),
        _case("1-D, three components", *_mixture(rng, 120, 1, 3)),
        _case("8-D, four components, n=400", *_mixture(rng, 400, 8, 4, spread=3.0)),
        _case("heavily overlapping components", *_mixture(rng, 200, 2, 3, spread=0.7)),
        _case("unequal shares (10% and 90%)", *_mixture(rng, 300, 3, 2, shares=[0.1, 0.9])),
        _case(
            "strongly correlated covariances",
            *_mixture(rng, 160, 3, 2, cov_range=(0.05, 2.5)),
        ),
    ]
    X, _, means, covs = _mixture(rng, 100, 2, 1)
    cases.append(_case("a single component", X, np.array([1.0]), means, covs))

    X, _, means, covs = _mixture(rng, 120, 3, 3)
    far = X.mean(axis=0) + 60.0 * rng.choice([-1.0, 1.0], size=(2, 3)) * rng.uniform(
        0.8, 1.2, size=(2, 3)
    )
    cases.append(
        _case(
            "two outliers whose densities underflow to 0 under every component",
            np.vstack([X, far]),
            np.array([0.2, 0.3, 0.5]),
            means,
            covs,
        )
    )
    X, _, means, covs = _mixture(rng, 150, 2, 3)
    cases.append(_case("unequal starting weights", X, np.array([0.5, 0.3, 0.2]), means, covs))
    return cases
