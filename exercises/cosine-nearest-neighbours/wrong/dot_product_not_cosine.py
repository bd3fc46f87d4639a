"""Ranks by the raw dot product, so longer corpus vectors win regardless of direction."""

import numpy as np


def cosine_top_k(queries, corpus, k):
    sims = queries @ corpus.T
    idx = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return idx, np.take_along_axis(sims, idx, axis=1)
