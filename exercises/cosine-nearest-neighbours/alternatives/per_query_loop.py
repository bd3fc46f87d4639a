"""One query at a time with math.sqrt norms and sorted() on (-similarity, index)."""

import math

import numpy as np


def cosine_top_k(queries, corpus, k):
    norms = [math.sqrt(float(np.dot(c, c))) for c in corpus]
    idx_rows, sim_rows = [], []
    for q in queries:
        qn = math.sqrt(float(np.dot(q, q)))
        sims = [float(np.dot(q, c)) / (qn * cn) for c, cn in zip(corpus, norms, strict=True)]
        best = sorted(range(len(sims)), key=lambda j: (-sims[j], j))[:k]
        idx_rows.append(best)
        sim_rows.append([sims[j] for j in best])
    return np.array(idx_rows, dtype=np.int64), np.array(sim_rows)
