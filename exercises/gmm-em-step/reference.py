import numpy as np


def _log_gaussian(X, mean, cov):
    """log N(x | mean, cov) for every row of X, through the Cholesky factor of cov."""
    chol = np.linalg.cholesky(cov)
    z = np.linalg.solve(chol, (X - mean).T)
    log_det = 2.0 * np.log(np.diag(chol)).sum()
    return -0.5 * (X.shape[1] * np.log(2.0 * np.pi) + log_det + (z**2).sum(axis=0))


def gmm_em_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    n, k = X.shape[0], len(weights)
    log_joint = np.column_stack(
        [np.log(weights[j]) + _log_gaussian(X, means[j], covariances[j]) for j in range(k)]
    )
    top = log_joint.max(axis=1, keepdims=True)
    log_px = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    resp = np.exp(log_joint - log_px)
    counts = resp.sum(axis=0)
    new_means = resp.T @ X / counts[:, None]
    new_covs = np.empty((k, X.shape[1], X.shape[1]))
    for j in range(k):
        diff = X - new_means[j]
        new_covs[j] = (resp[:, j, None] * diff).T @ diff / counts[j]
    return resp, counts / n, new_means, new_covs, float(log_px.sum())
