import numpy as np


def lora_linear(x, W, b, A, B, alpha, dy):
    """A LoRA-adapted linear layer y = x W^T + b + (alpha / r) x A^T B^T, W and b frozen.

    x (..., d_in), W (d_out, d_in), b (d_out,), A (r, d_in), B (d_out, r), dy = dL/dy (..., d_out).
    Returns (y, dA, dB): y (..., d_out), dA (r, d_in), dB (d_out, r).
    """
    raise NotImplementedError
