import numpy as np


def _dcg(rel, k):
    rel = np.asarray(rel[:k], dtype=float)
    return float(np.sum((2.0**rel - 1.0) / np.log2(np.arange(2, rel.size + 2))))


def ndcg_at_k(relevance, scores, k):
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    ideal = _dcg(np.sort(relevance)[::-1], k)
    if ideal == 0.0:
        return 0.0
    return _dcg(np.asarray(relevance)[order], k) / ideal
