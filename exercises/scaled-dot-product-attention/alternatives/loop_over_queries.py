"""Flattens the batch dimensions and loops over every query row, with a log-sum-exp softmax
over its allowed keys."""

import numpy as np


def attention(Q, K, V, mask=None):
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    lead = np.broadcast_shapes(Q.shape[:-2], K.shape[:-2], V.shape[:-2])
    lq, lk, dv = Q.shape[-2], K.shape[-2], V.shape[-1]
    full = (*lead, lq, lk)
    allowed = np.ones(full, dtype=bool) if mask is None else np.broadcast_to(mask, full)
    q = np.broadcast_to(Q, (*lead, lq, Q.shape[-1])).reshape(-1, lq, Q.shape[-1])
    k = np.broadcast_to(K, (*lead, lk, K.shape[-1])).reshape(-1, lk, K.shape[-1])
    v = np.broadcast_to(V, (*lead, lk, dv)).reshape(-1, lk, dv)
    ok = allowed.reshape(-1, lq, lk)
    out = np.empty((q.shape[0], lq, dv))
    for n in range(q.shape[0]):
        for i in range(lq):
            s = k[n][ok[n, i]] @ q[n, i] / np.sqrt(q.shape[-1])
            log_w = s - (s.max() + np.log(np.exp(s - s.max()).sum()))
            out[n, i] = np.exp(log_w) @ v[n][ok[n, i]]
    return out.reshape(*lead, lq, dv)
