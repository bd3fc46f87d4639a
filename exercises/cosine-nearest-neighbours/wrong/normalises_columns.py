"""Normalises along axis 0 (each feature column) instead of each row vector."""

import numpy as np


def cosine_top_k(queries, corpus, k):
    q = queries / np.linalg.norm(queries, axis=0, keepdims=True)
    c = corpus / np.linalg.norm(corpus, axis=0, keepdims=True)
    sims = q @ c.T
    idx = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return idx, np.take_along_axis(sims, idx, axis=1)
