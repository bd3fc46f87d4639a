"""np.lexsort on (index, -score) and one discount vector dotted with both gain vectors."""

import numpy as np


def ndcg_at_k(relevance, scores, k):
    n = relevance.shape[0]
    m = min(k, n)
    order = np.lexsort((np.arange(n), -scores))[:m]
    discount = 1.0 / np.log2(np.arange(m) + 2.0)
    gains = np.exp2(relevance.astype(float)) - 1.0
    idcg = np.dot(-np.sort(-gains)[:m], discount)
    return float(np.dot(gains[order], discount) / idcg) if idcg > 0 else 0.0
