"""Extends each beam only by its own best next token, so the beams never compete for places and the search is beam_width separate greedy decodes."""

import numpy as np


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    order = sorted(range(len(start_logp)), key=lambda t: (-start_logp[t], t))[:beam_width]
    beams = [([t], float(start_logp[t])) for t in order]
    for _ in range(max_len - 1):
        grown = []
        for seq, total in beams:
            if seq[-1] == end_token:
                grown.append((seq, total))
                continue
            t = int(np.argmax(trans_logp[seq[-1]]))
            grown.append(([*seq, t], total + float(trans_logp[seq[-1], t])))
        beams = grown
    ranked = sorted(beams, key=lambda c: (-c[1] / len(c[0]) ** alpha, c[0]))
    return [s for s, _ in ranked], np.array([t / len(s) ** alpha for s, t in ranked])
