"""einsum with '...' for the forward pass, keeping the leading axes, and np.tensordot over all
of them for the gradients."""

import numpy as np


def lora_linear(x, W, b, A, B, alpha, dy):
    s = alpha / A.shape[0]
    h = np.einsum("...i,ri->...r", x, A)
    y = np.einsum("...i,oi->...o", x, W) + b + s * np.einsum("...r,or->...o", h, B)
    lead = list(range(x.ndim - 1))
    dB = s * np.tensordot(dy, h, axes=(lead, lead))
    g = np.einsum("...o,or->...r", dy, B)
    dA = s * np.tensordot(g, x, axes=(lead, lead))
    return y, dA, dB
