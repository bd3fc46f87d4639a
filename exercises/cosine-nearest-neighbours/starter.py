import numpy as np


def cosine_top_k(queries, corpus, k):
    """For each query row, the k corpus rows of highest cosine similarity (ties: smaller index).

    Returns (indices, similarities), both of shape (m, k), best first.
    """
    raise NotImplementedError
