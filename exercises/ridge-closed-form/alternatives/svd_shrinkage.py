"""SVD of the centred design: each singular direction is shrunk by s / (s**2 + lam)."""

import numpy as np


def ridge_fit(X, y, lam):
    mx = np.mean(X, axis=0)
    my = float(np.mean(y))
    U, s, Vt = np.linalg.svd(X - mx, full_matrices=False)
    w = Vt.T @ ((s / (s**2 + lam)) * (U.T @ (y - my)))
    return w, my - float(np.dot(mx, w))
