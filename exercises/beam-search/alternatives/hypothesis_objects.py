"""Pure Python with a small hypothesis class, the running log-probability kept as a list of
per-token terms summed with math.fsum, and heapq.nsmallest for the pruning."""

import heapq
import math


class _Hyp:
    def __init__(self, tokens, terms, end_token):
        self.tokens = tokens
        self.terms = terms
        self.finished = tokens[-1] == end_token

    def score(self, alpha):
        return math.fsum(self.terms) / math.pow(len(self.tokens), alpha)


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    start = [float(x) for x in start_logp]
    table = [[float(x) for x in row] for row in trans_logp]

    def prune(hyps):
        return heapq.nsmallest(beam_width, hyps, key=lambda h: (-h.score(alpha), h.tokens))

    beams = prune([_Hyp((t,), [lp], end_token) for t, lp in enumerate(start)])
    length = 1
    while length < max_len and not all(h.finished for h in beams):
        pool = []
        for h in beams:
            if h.finished:
                pool.append(h)
                continue
            for t, lp in enumerate(table[h.tokens[-1]]):
                pool.append(_Hyp((*h.tokens, t), [*h.terms, lp], end_token))
        beams = prune(pool)
        length += 1
    return [list(h.tokens) for h in beams], [h.score(alpha) for h in beams]
