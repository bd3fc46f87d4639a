"""NumPy per step: every beam's candidate scores as one (beams, V) matrix, ranked with
np.lexsort on (-score, tokens padded with -1 so that a prefix sorts first); the ranking score
is computed as total * length**-alpha."""

import numpy as np


def _order(seqs, scores):
    longest = max(len(s) for s in seqs)
    padded = np.full((len(seqs), longest), -1, dtype=np.int64)
    for i, s in enumerate(seqs):
        padded[i, : len(s)] = s
    keys = [padded[:, j] for j in range(longest - 1, -1, -1)] + [-scores]
    return np.lexsort(keys)


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    start = np.asarray(start_logp, dtype=np.float64)
    trans = np.asarray(trans_logp, dtype=np.float64)
    v = start.shape[0]
    seqs = [[t] for t in range(v)]
    totals = start.copy()
    keep = _order(seqs, totals * 1.0**-alpha)[:beam_width]
    seqs, totals = [seqs[i] for i in keep], totals[keep]
    for _ in range(1, max_len):
        done = np.array([s[-1] == end_token for s in seqs])
        if done.all():
            break
        alive = np.flatnonzero(~done)
        last = np.array([seqs[i][-1] for i in alive])
        grid = totals[alive, None] + trans[last]  # (alive, V)
        new_seqs = [seqs[i] for i in np.flatnonzero(done)]
        new_seqs += [seqs[i] + [t] for i in alive for t in range(v)]
        new_totals = np.concatenate([totals[done], grid.ravel()])
        lengths = np.array([len(s) for s in new_seqs], dtype=np.float64)
        keep = _order(new_seqs, new_totals * lengths**-alpha)[:beam_width]
        seqs, totals = [new_seqs[i] for i in keep], new_totals[keep]
    lengths = np.array([len(s) for s in seqs], dtype=np.float64)
    return seqs, totals * lengths**-alpha
