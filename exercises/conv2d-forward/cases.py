import numpy as np


def visible():
    x = np.arange(16, dtype=float).reshape(1, 1, 4, 4)
    w = np.array([[[[1.0, 0.0], [0.0, -1.0]]]])
    b = np.array([0.5])
    x2 = np.array([[[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]]])
    w2 = np.array([[[[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]]])
    x3 = np.arange(2 * 2 * 5 * 5, dtype=float).reshape(2, 2, 5, 5) / 10.0
    w3 = np.array(
        [
            [[[1.0, 2.0], [0.0, -1.0]], [[0.5, 0.0], [0.0, 0.5]]],
            [[[0.0, 0.0], [3.0, 0.0]], [[-1.0, 1.0], [1.0, -1.0]]],
            [[[1.0, 1.0], [1.0, 1.0]], [[0.0, 2.0], [0.0, 0.0]]],
        ]
    )
    return [
        {"name": "2x2 kernel, stride 2", "args": [x, w, b], "kwargs": {"stride": 2, "padding": 0}},
        {
            "name": "Laplacian kernel with padding 1",
            "args": [x2, w2, np.zeros(1)],
            "kwargs": {"padding": 1},
        },
        {
            "name": "2 images, 2 channels, 3 filters, stride 2, padding 1",
            "args": [x3, w3, np.array([0.0, 1.0, -1.0])],
            "kwargs": {"stride": 2, "padding": 1},
        },
    ]


def _case(rng, name, n, c, h, wd, f, kh, kw, stride, padding, scale=1.0):
    x = rng.normal(scale=scale, size=(n, c, h, wd))
    w = rng.normal(size=(f, c, kh, kw))
    b = rng.normal(size=f)
    return {"name": name, "args": [x, w, b], "kwargs": {"stride": stride, "padding": padding}}


def hidden(rng):
    specs = [
        # name, N, C, H, W, F, KH, KW, stride, padding
        ("basic 3x3, stride 1, no padding", 2, 3, 8, 8, 4, 3, 3, 1, 0),
        ("'same' padding (3x3, padding 1)", 2, 3, 7, 9, 2, 3, 3, 1, 1),
        ("stride 2 with a leftover row and column (H=W=8, 3x3)", 1, 2, 8, 8, 3, 3, 3, 2, 0),
        ("stride 2, padding 1, odd size", 3, 2, 9, 7, 2, 3, 3, 2, 1),
        ("stride 3, non-square 2x4 kernel", 2, 1, 11, 13, 3, 2, 4, 3, 0),
        ("1x1 convolution", 2, 5, 6, 4, 3, 1, 1, 1, 0),
        ("kernel as large as the image (output 1x1)", 3, 2, 5, 5, 4, 5, 5, 1, 0),
        ("kernel larger than the image, padding 2", 1, 3, 3, 2, 2, 5, 4, 1, 2),
        ("stride larger than the kernel", 2, 2, 10, 10, 2, 2, 2, 4, 1),
        ("wide image, 5x3 kernel, stride 2, padding 2", 1, 4, 6, 20, 5, 5, 3, 2, 2),
    ]
    cases = [_case(rng, *spec) for spec in specs]
    cases.append(_case(rng, "large values (scale 1e4)", 2, 3, 6, 6, 2, 3, 3, 1, 1, scale=1e4))
    return cases
