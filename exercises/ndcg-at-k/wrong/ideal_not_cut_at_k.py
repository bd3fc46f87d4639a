"""Computes the ideal DCG over the whole list instead of its first k items."""

import numpy as np


def ndcg_at_k(relevance, scores, k):
    def dcg(rel):
        rel = np.asarray(rel, dtype=float)
        return float(np.sum((2.0**rel - 1.0) / np.log2(np.arange(2, rel.size + 2))))

    ideal = dcg(np.sort(relevance)[::-1])
    if ideal == 0.0:
        return 0.0
    return dcg(np.asarray(relevance)[np.argsort(-scores, kind="stable")][:k]) / ideal
