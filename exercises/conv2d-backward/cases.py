import numpy as np


def visible():
    x = np.array([[[[1.0, 2.0, 0.0], [0.0, 1.0, 3.0], [2.0, 0.0, 1.0]]]])
    w = np.array([[[[1.0, 2.0], [0.0, -1.0]]]])
    dout = np.array([[[[1.0, 0.0], [0.0, 2.0]]]])
    x2 = np.arange(2 * 2 * 3 * 4, dtype=float).reshape(2, 2, 3, 4) / 10.0
    w2 = np.array(
        [
            [[[1.0, 0.0, -1.0], [2.0, 0.0, -2.0]], [[0.5, 0.5, 0.0], [0.0, 0.0, 1.0]]],
            [[[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]], [[-1.0, 0.0, 0.0], [0.0, 0.0, 3.0]]],
            [[[0.2, 0.0, 0.0], [0.0, 0.0, 0.0]], [[0.0, 0.0, 0.0], [0.0, -0.4, 0.0]]],
        ]
    )
    dout2 = np.linspace(-1.0, 1.0, 2 * 3 * 4 * 4).reshape(2, 3, 4, 4)
    return [
        {"name": "the worked example (no padding)", "args": [dout, x, w]},
        {
            "name": "same example with padding 1",
            "args": [np.ones((1, 1, 4, 4)), x, w],
            "kwargs": {"padding": 1},
        },
        {
            "name": "2 images, 2 channels, 3 filters of 2x3, padding 1",
            "args": [dout2, x2, w2],
            "kwargs": {"padding": 1},
        },
    ]


def _case(rng, name, n, c, h, wd, f, kh, kw, padding, scale=1.0):
    x = rng.normal(scale=scale, size=(n, c, h, wd))
    w = rng.normal(size=(f, c, kh, kw))
    h_out, w_out = h + 2 * padding - kh + 1, wd + 2 * padding - kw + 1
    dout = rng.normal(size=(n, f, h_out, w_out))
    return {"name": name, "args": [dout, x, w], "kwargs": {"padding": padding}}


def hidden(rng):
    specs = [
        # name, N, C, H, W, F, KH, KW, padding
        ("3x3 kernel, no padding", 2, 3, 7, 7, 4, 3, 3, 0),
        ("'same' padding (3x3, padding 1)", 2, 2, 6, 8, 3, 3, 3, 1),
        ("non-square 2x4 kernel, padding 2", 1, 2, 5, 9, 2, 2, 4, 2),
        ("'full' padding (padding = K - 1)", 2, 1, 4, 5, 2, 3, 3, 2),
        ("1x1 kernel with padding 1", 2, 4, 4, 3, 3, 1, 1, 1),
        ("kernel as large as the padded image (output 1x1)", 3, 2, 3, 3, 2, 5, 5, 1),
        ("one image, one channel, 5x3 kernel", 1, 1, 8, 6, 1, 5, 3, 1),
        ("many filters and channels", 2, 5, 5, 5, 6, 3, 2, 1),
    ]
    cases = [_case(rng, *spec) for spec in specs]
    cases.append(_case(rng, "large inputs (scale 1e3)", 2, 2, 5, 5, 2, 3, 3, 1, scale=1e3))
    return cases
