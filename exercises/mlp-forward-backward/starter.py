import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    """Loss and gradients of the MLP relu(X @ W1 + b1) @ W2 + b2 under mean squared error.

    Returns (loss, dW1, db1, dW2, db2): loss a float, each gradient shaped like its parameter.
    """
    raise NotImplementedError
