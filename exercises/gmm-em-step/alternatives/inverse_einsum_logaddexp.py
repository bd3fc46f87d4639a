"""Explicit inverses and slogdet for the densities, einsum for every contraction (Mahalanobis
terms and the weighted scatter matrices at once), and np.logaddexp.reduce for the normaliser."""

import numpy as np


def gmm_em_step(X, weights, means, covariances):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    diff = X[:, None, :] - means[None, :, :]  # (n, k, d)
    precision = np.linalg.inv(covariances)
    maha = np.einsum("nkd,kde,nke->nk", diff, precision, diff)
    _, log_det = np.linalg.slogdet(covariances)
    log_joint = np.log(weights) - 0.5 * (d * np.log(2 * np.pi) + log_det + maha)
    log_px = np.logaddexp.reduce(log_joint, axis=1)
    resp = np.exp(log_joint - log_px[:, None])
    nk = np.einsum("nk->k", resp)
    mu = np.einsum("nk,nd->kd", resp, X) / nk[:, None]
    centred = X[:, None, :] - mu[None, :, :]
    cov = np.einsum("nk,nkd,nke->kde", resp, centred, centred) / nk[:, None, None]
    return resp, nk / n, mu, cov, float(log_px.sum())
