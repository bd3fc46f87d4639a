"""Stops the whole search as soon as the best beam has finished, leaving the other beams cut short instead of searching on until all of them finish or max_len is reached."""

import numpy as np


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    def prune(pool):
        return sorted(pool, key=lambda c: (-c[1] / len(c[0]) ** alpha, c[0]))[:beam_width]

    beams = prune([([t], float(lp)) for t, lp in enumerate(start_logp)])
    for _ in range(max_len - 1):
        if beams[0][0][-1] == end_token:
            break
        pool = []
        for seq, total in beams:
            if seq[-1] == end_token:
                pool.append((seq, total))
            else:
                row = trans_logp[seq[-1]]
                pool.extend(([*seq, t], total + float(row[t])) for t in range(len(row)))
        beams = prune(pool)
    return [s for s, _ in beams], np.array([t / len(s) ** alpha for s, t in beams])
