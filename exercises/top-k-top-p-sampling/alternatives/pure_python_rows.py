"""Pure Python per row: math.exp softmax, sorted() by (-prob, id), explicit running sums."""

import math

import numpy as np


def _one(row, k, p, u):
    m = max(row)
    e = [math.exp(x - m) for x in row]
    s = sum(e)
    probs = [x / s for x in e]
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))[:k]
    z = sum(probs[i] for i in order)
    kept, acc = [], 0.0
    for i in order:
        kept.append(i)
        acc += probs[i] / z
        if acc >= p:
            break
    total = sum(probs[i] for i in kept)
    acc = 0.0
    for i in kept:
        acc += probs[i] / total
        if acc > u:
            return i
    return kept[-1]


def sample_top_k_top_p(logits, k, p, u):
    rows = [[float(x) for x in r] for r in logits]
    return np.array(
        [_one(r, k, p, float(ur)) for r, ur in zip(rows, u, strict=True)], dtype=np.int64
    )
