import numpy as np


def _pairwise_iou(b):
    w = np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0])
    h = np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1])
    inter = np.clip(w, 0, None) * np.clip(h, 0, None)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area[:, None] + area[None, :] - inter)


def visible():
    boxes = np.array(
        [[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [8, 8, 18, 18]], dtype=float
    )
    return [
        {"name": "four boxes", "args": [boxes, np.array([0.9, 0.8, 0.7, 0.95]), 0.5]},
        {
            "name": "equal scores: smaller index first",
            "args": [
                np.array([[0, 0, 4, 4], [0, 0, 4, 4.5]], dtype=float),
                np.array([0.5, 0.5]),
                0.3,
            ],
        },
    ]


def _boxes(rng, n, spread, size, thr):
    """Random boxes whose pairwise IoUs all stay at least 1e-6 away from the threshold."""
    while True:
        xy = rng.uniform(0, spread, size=(n, 2))
        wh = rng.uniform(size / 2, size, size=(n, 2))
        boxes = np.hstack([xy, xy + wh])
        if np.all(np.abs(_pairwise_iou(boxes) - thr) > 1e-6):
            return boxes


def _case(rng, name, n, spread, size, thr):
    return {
        "name": name,
        "args": [_boxes(rng, n, spread, size, thr), rng.uniform(size=n), thr],
    }


def _chain(rng):
    """A suppresses B, B would suppress C, A does not touch C: C must be kept."""
    x = float(rng.uniform(0, 50))
    boxes = np.array([[x, 0, x + 10, 10], [x + 2, 0, x + 12, 10], [x + 5, 0, x + 15, 10]])
    scores = np.array([0.9, 0.8, 0.7])
    perm = rng.permutation(3)
    return {"name": "a suppressed box suppresses nothing", "args": [boxes[perm], scores[perm], 0.5]}


def hidden(rng):
    return [
        _case(rng, "30 boxes in a crowded scene", 30, 50.0, 20.0, 0.5),
        _case(rng, "100 boxes, threshold 0.3", 100, 100.0, 25.0, 0.3),
        _case(rng, "sparse boxes, threshold 0.7", 20, 200.0, 30.0, 0.7),
        _case(rng, "a single box", 1, 10.0, 5.0, 0.5),
        _case(rng, "heavy overlap, threshold 0.1", 15, 10.0, 30.0, 0.1),
        _chain(rng),
    ]
