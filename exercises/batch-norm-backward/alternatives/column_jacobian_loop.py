"""One feature column at a time, multiplying by the explicit N x N Jacobian of x_hat."""

import numpy as np


def batch_norm_backward(dout, x, gamma, eps=1e-5):
    n, d = x.shape
    dx = np.empty((n, d))
    dgamma = np.empty(d)
    dbeta = np.empty(d)
    for j in range(d):
        col = np.asarray(x[:, j], dtype=float)
        c = col - col.mean()
        s = np.sqrt(np.mean(c * c) + eps)
        xh = c / s
        jac = (np.eye(n) - 1.0 / n) / s - np.outer(xh, xh) / (n * s)
        dx[:, j] = jac.T @ (dout[:, j] * gamma[j])
        dgamma[j] = np.dot(dout[:, j], xh)
        dbeta[j] = dout[:, j].sum()
    return dx, dgamma, dbeta
