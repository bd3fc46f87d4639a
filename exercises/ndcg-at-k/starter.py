import numpy as np


def ndcg_at_k(relevance, scores, k):
    """NDCG@k with gain 2**rel - 1 and discount log2(rank + 1); ties in score keep index order.

    Returns a float in [0, 1]; 0.0 when no item is relevant.
    """
    raise NotImplementedError
