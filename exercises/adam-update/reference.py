import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    params = np.asarray(params, dtype=float)
    grads = np.asarray(grads, dtype=float)
    new_m = beta1 * np.asarray(m, dtype=float) + (1.0 - beta1) * grads
    new_v = beta2 * np.asarray(v, dtype=float) + (1.0 - beta2) * grads**2
    m_hat = new_m / (1.0 - beta1**t)
    v_hat = new_v / (1.0 - beta2**t)
    new_params = params - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_params, new_m, new_v
