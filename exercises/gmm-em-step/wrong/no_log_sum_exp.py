"""Computes the weighted densities directly instead of in log space, so a point far from every component gets densities that underflow to 0 and responsibilities of 0 / 0 = NaN."""

import numpy as np


def gmm_em_step(X, weights, means, covariances):
    n, d = X.shape
    k = len(weights)
    dens = np.empty((n, k))
    for j in range(k):
        diff = X - means[j]
        quad = np.sum(diff @ np.linalg.inv(covariances[j]) * diff, axis=1)
        norm = np.sqrt((2 * np.pi) ** d * np.linalg.det(covariances[j]))
        dens[:, j] = weights[j] * np.exp(-0.5 * quad) / norm
    total = dens.sum(axis=1, keepdims=True)
    resp = dens / total
    nk = resp.sum(axis=0)
    mu = resp.T @ X / nk[:, None]
    cov = np.array([((X - mu[j]).T * resp[:, j]) @ (X - mu[j]) / nk[j] for j in range(k)])
    return resp, nk / n, mu, cov, float(np.log(total).sum())
