"""One logit column per class in a Python loop, a running maximum across the columns, and the
gradient assembled class by class with np.einsum."""

import numpy as np


def softmax_regression(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    W = np.asarray(W0, dtype=float).copy()
    b = np.asarray(b0, dtype=float).copy()
    k = W.shape[1]
    losses = []
    for t in range(n_iters + 1):
        cols = [np.einsum("nd,d->n", X, W[:, j]) + b[j] for j in range(k)]
        top = cols[0].copy()
        for c in cols[1:]:
            top = np.maximum(top, c)
        exps = [np.exp(c - top) for c in cols]
        total = sum(exps)
        true_logit = np.choose(y, cols)
        losses.append(float(np.sum(np.log(total) + top - true_logit) / n))
        if t == n_iters:
            break
        grad_W = np.empty_like(W)
        grad_b = np.empty_like(b)
        for j in range(k):
            err = exps[j] / total - (y == j)
            grad_W[:, j] = np.einsum("nd,n->d", X, err) / n
            grad_b[j] = err.sum() / n
        W -= lr * grad_W
        b -= lr * grad_b
    return W, b, np.asarray(losses)
