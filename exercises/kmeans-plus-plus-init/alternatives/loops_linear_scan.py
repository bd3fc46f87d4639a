"""Pure loops: recompute each point's nearest-centre distance, then scan the running total."""

import math

import numpy as np


def kmeans_pp_init(X, k, u):
    pts = [[float(v) for v in row] for row in X]
    n = len(pts)
    chosen = [math.floor(u[0] * n)]
    for j in range(1, k):
        d2 = [
            min(sum((a - b) ** 2 for a, b in zip(p, pts[c], strict=True)) for c in chosen)
            for p in pts
        ]
        target = u[j] * math.fsum(d2)
        running = 0.0
        for i, w in enumerate(d2):
            running += w
            if running > target:
                chosen.append(i)
                break
    return np.array(chosen, dtype=np.int64)
