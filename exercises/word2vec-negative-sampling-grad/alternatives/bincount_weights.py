"""Every output row's gradient weight gathered with np.bincount, then one outer product;
sigmoid written as 1 / (1 + exp(-z)) and -log(sigmoid) as log1p(exp(-z)) split by sign."""

import numpy as np


def _neg_log_sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, np.log1p(np.exp(-np.abs(z))), -z + np.log1p(np.exp(-np.abs(z))))


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sgns_loss_and_grads(v, U, context, negatives):
    n_words = U.shape[0]
    s_pos = float(np.dot(U[context], v))
    s_neg = U[negatives] @ v
    loss = float(_neg_log_sigmoid(s_pos) + _neg_log_sigmoid(-s_neg).sum())
    weights = np.bincount(negatives, weights=_sigmoid(s_neg), minlength=n_words)
    weights[context] += float(_sigmoid(s_pos)) - 1.0
    return loss, weights @ U, np.outer(weights, v)
