"""Keeps extending a beam after it has produced the end token, so finished sequences run on to max_len and lose score they should have kept."""

import numpy as np


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    def prune(pool):
        return sorted(pool, key=lambda c: (-c[1] / len(c[0]) ** alpha, c[0]))[:beam_width]

    beams = prune([([t], float(lp)) for t, lp in enumerate(start_logp)])
    for _ in range(max_len - 1):
        pool = []
        for seq, total in beams:
            row = trans_logp[seq[-1]]
            pool.extend(([*seq, t], total + float(row[t])) for t in range(len(row)))
        beams = prune(pool)
    return [s for s, _ in beams], np.array([t / len(s) ** alpha for s, t in beams])
