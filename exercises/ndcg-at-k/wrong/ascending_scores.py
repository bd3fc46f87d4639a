"""Ranks the items by ascending score, so the worst-scored item comes first."""

import numpy as np


def ndcg_at_k(relevance, scores, k):
    def dcg(rel):
        rel = np.asarray(rel[:k], dtype=float)
        return float(np.sum((2.0**rel - 1.0) / np.log2(np.arange(2, rel.size + 2))))

    ideal = dcg(np.sort(relevance)[::-1])
    if ideal == 0.0:
        return 0.0
    return dcg(np.asarray(relevance)[np.argsort(scores, kind="stable")]) / ideal
