"""einsum similarities, argpartition for the top k, then lexsort (score, index) inside it."""

import numpy as np


def cosine_top_k(queries, corpus, k):
    qn = np.sqrt(np.einsum("ij,ij->i", queries, queries))
    cn = np.sqrt(np.einsum("ij,ij->i", corpus, corpus))
    sims = np.einsum("id,jd->ij", queries, corpus) / np.outer(qn, cn)
    n = corpus.shape[0]
    part = (
        np.argpartition(-sims, k - 1, axis=1)[:, :k]
        if k < n
        else np.tile(np.arange(n), (len(sims), 1))
    )
    out = np.empty_like(part)
    for i, cand in enumerate(part):
        out[i] = cand[np.lexsort((cand, -sims[i, cand]))]
    return out.astype(np.int64), np.take_along_axis(sims, out, axis=1)
