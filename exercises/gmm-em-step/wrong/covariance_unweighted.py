"""Updates every covariance from all the points equally (dividing by n) instead of weighting each point by its responsibility and dividing by N_j."""

import numpy as np


def _log_joint(X, weights, means, covariances):
    d = X.shape[1]
    cols = []
    for w, mu, cov in zip(weights, means, covariances, strict=True):
        diff = X - mu
        quad = np.sum(diff @ np.linalg.inv(cov) * diff, axis=1)
        cols.append(np.log(w) - 0.5 * (d * np.log(2 * np.pi) + np.linalg.slogdet(cov)[1] + quad))
    return np.column_stack(cols)


def gmm_em_step(X, weights, means, covariances):
    n = X.shape[0]
    lj = _log_joint(X, weights, means, covariances)
    log_px = np.logaddexp.reduce(lj, axis=1)
    resp = np.exp(lj - log_px[:, None])
    nk = resp.sum(axis=0)
    mu = resp.T @ X / nk[:, None]
    cov = np.array([(X - m).T @ (X - m) / n for m in mu])
    return resp, nk / n, mu, cov, float(log_px.sum())
