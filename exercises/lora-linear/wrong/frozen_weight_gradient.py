"""Takes the gradient of the frozen weight, dy^T x, and hands it to the adapter as B^T dW and dW A^T, dropping the alpha / r factor that scales the adapter's path."""


def lora_linear(x, W, b, A, B, alpha, dy):
    s = alpha / A.shape[0]
    tokens = x.reshape(-1, x.shape[-1])
    grads = dy.reshape(-1, W.shape[0])
    y = tokens @ W.T + b + s * (tokens @ A.T) @ B.T
    dW = grads.T @ tokens
    return y.reshape(*x.shape[:-1], W.shape[0]), B.T @ dW, dW @ A.T
