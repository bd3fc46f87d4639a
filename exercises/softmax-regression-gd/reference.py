import numpy as np


def softmax_regression(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    W = np.array(W0, dtype=float, copy=True)
    b = np.array(b0, dtype=float, copy=True)
    Y = np.zeros((n, W.shape[1]))
    Y[np.arange(n), y] = 1.0
    losses = []
    for step in range(n_iters + 1):
        z = X @ W + b
        z = z - z.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(z).sum(axis=1, keepdims=True))
        losses.append(float(np.mean(log_norm[:, 0] - z[np.arange(n), y])))
        if step == n_iters:
            break
        error = np.exp(z - log_norm) - Y
        W = W - lr * (X.T @ error) / n
        b = b - lr * error.mean(axis=0)
    return W, b, np.array(losses)
