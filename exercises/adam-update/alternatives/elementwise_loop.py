"""One parameter at a time over the flattened arrays, with math instead of NumPy ufuncs."""

import math

import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    shape = np.shape(params)
    p_out, m_out, v_out = [], [], []
    flat = zip(
        np.ravel(params).tolist(),
        np.ravel(grads).tolist(),
        np.ravel(m).tolist(),
        np.ravel(v).tolist(),
        strict=True,
    )
    for p, g, mi, vi in flat:
        mi = beta1 * mi + (1 - beta1) * g
        vi = beta2 * vi + (1 - beta2) * g * g
        m_hat = mi / (1 - beta1**t)
        v_hat = vi / (1 - beta2**t)
        p_out.append(p - lr * m_hat / (math.sqrt(v_hat) + eps))
        m_out.append(mi)
        v_out.append(vi)
    return tuple(np.array(a, dtype=float).reshape(shape) for a in (p_out, m_out, v_out))
