import numpy as np


def ridge_fit(X, y, lam):
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    A = Xc.T @ Xc + lam * np.eye(X.shape[1])
    w = np.linalg.solve(A, Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
