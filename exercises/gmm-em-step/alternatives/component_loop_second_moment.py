"""A loop over the components with np.linalg.solve for the quadratic form; the covariance as
the weighted second moment minus the outer product of the new mean, E[x x^T] - mu mu^T."""

import math

import numpy as np


def gmm_em_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    k = len(weights)
    log_joint = np.empty((n, k))
    for j in range(k):
        diff = X - means[j]
        sol = np.linalg.solve(covariances[j], diff.T)
        _, log_det = np.linalg.slogdet(covariances[j])
        quad = np.sum(diff.T * sol, axis=0)
        log_joint[:, j] = math.log(weights[j]) - 0.5 * (d * math.log(2 * math.pi) + log_det + quad)
    log_px = np.empty(n)
    for i in range(n):
        m = log_joint[i].max()
        log_px[i] = m + math.log(sum(math.exp(v - m) for v in log_joint[i]))
    resp = np.exp(log_joint - log_px[:, None])
    new_w = np.empty(k)
    new_mu = np.empty((k, d))
    new_cov = np.empty((k, d, d))
    for j in range(k):
        r = resp[:, j]
        total = r.sum()
        new_w[j] = total / n
        new_mu[j] = r @ X / total
        new_cov[j] = (X.T * r) @ X / total - np.outer(new_mu[j], new_mu[j])
    return resp, new_w, new_mu, new_cov, float(np.sum(log_px))
