import numpy as np


def visible():
    params = np.array([1.0, -2.0])
    grads = np.array([0.5, -1.0])
    W = np.array([[0.2, -0.4, 1.0], [0.0, 3.0, -1.5]])
    gW = np.array([[0.1, 0.0, -0.3], [2.0, -0.05, 0.4]])
    mW = np.array([[0.02, 0.01, -0.05], [0.3, -0.01, 0.0]])
    vW = np.array([[1e-4, 2e-5, 3e-4], [0.01, 1e-6, 5e-4]])
    return [
        {
            "name": "first step from zero state",
            "args": [params, grads, np.zeros(2), np.zeros(2)],
            "kwargs": {"t": 1, "lr": 0.1},
        },
        {"name": "third step of a 2x3 weight matrix", "args": [W, gW, mW, vW, 3]},
    ]


def _state(rng, shape, steps, beta1=0.9, beta2=0.999, scale=1.0):
    """Moment estimates after `steps` earlier updates with random gradients."""
    m = np.zeros(shape)
    v = np.zeros(shape)
    for _ in range(steps):
        g = rng.normal(scale=scale, size=shape)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
    return m, v


def _case(rng, name, shape, t, scale=1.0, **kwargs):
    beta1 = kwargs.get("beta1", 0.9)
    beta2 = kwargs.get("beta2", 0.999)
    m, v = _state(rng, shape, min(t - 1, 50), beta1, beta2, scale)
    params = rng.normal(size=shape)
    grads = rng.normal(scale=scale, size=shape)
    return {"name": name, "args": [params, grads, m, v, t], "kwargs": kwargs}


def hidden(rng):
    cases = [
        _case(rng, "first step (t = 1)", (8,), 1),
        _case(rng, "second step", (3, 4), 2),
        _case(rng, "step 10 with a larger learning rate", (5,), 10, lr=0.05),
        _case(rng, "late step (t = 5000), bias correction almost gone", (4, 3), 5000),
        _case(rng, "tiny gradients (1e-5): eps matters", (6,), 1, scale=1e-5),
        _case(rng, "tiny gradients, later step", (2, 5), 4, scale=1e-5),
        _case(rng, "large gradients (1e3)", (7,), 3, scale=1e3),
        _case(rng, "custom betas and eps", (3, 2, 2), 6, beta1=0.5, beta2=0.9, eps=1e-6, lr=0.01),
        _case(rng, "a single parameter", (1,), 2),
        _case(rng, "bigger parameter tensor", (64, 32), 20),
    ]
    params = rng.normal(size=(5,))
    grads = rng.normal(size=(5,))
    grads[[1, 3]] = 0.0
    cases.append(
        {
            "name": "some zero gradients on the first step",
            "args": [params, grads, np.zeros(5), np.zeros(5), 1],
        }
    )
    return cases
