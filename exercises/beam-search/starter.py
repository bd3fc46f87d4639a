import numpy as np


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    """Beam search over a first-token table start_logp (V,) and a transition table (V, V).

    Returns (sequences, scores): the final beam_width sequences as lists of token ids, best
    first, and their ranking scores total_logp / len(seq)**alpha as a float array.
    """
    raise NotImplementedError
