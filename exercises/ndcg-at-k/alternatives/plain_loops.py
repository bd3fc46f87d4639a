"""Pure Python: sorted() with a (-score, index) key and an explicit loop over the ranks."""

import math


def ndcg_at_k(relevance, scores, k):
    n = len(relevance)
    order = sorted(range(n), key=lambda i: (-float(scores[i]), i))
    ideal_rels = sorted((int(r) for r in relevance), reverse=True)
    dcg = idcg = 0.0
    for rank in range(min(k, n)):
        discount = math.log2(rank + 2)
        dcg += (2 ** int(relevance[order[rank]]) - 1) / discount
        idcg += (2 ** ideal_rels[rank] - 1) / discount
    return dcg / idcg if idcg > 0 else 0.0
