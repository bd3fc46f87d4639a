import numpy as np


def beam_search(start_logp, trans_logp, end_token, beam_width, max_len, alpha=0.0):
    def rank(candidate):
        seq, total, _ = candidate
        return total / len(seq) ** alpha

    def prune(pool):
        # Best ranking score first; equal scores: the lexicographically smaller sequence.
        return sorted(pool, key=lambda c: (-rank(c), c[0]))[:beam_width]

    vocab = len(start_logp)
    beams = prune([((t,), float(start_logp[t]), t == end_token) for t in range(vocab)])
    for _ in range(max_len - 1):
        if all(done for _, _, done in beams):
            break
        pool = []
        for seq, total, done in beams:
            if done:
                pool.append((seq, total, done))
                continue
            row = trans_logp[seq[-1]]
            pool.extend(((*seq, t), total + float(row[t]), t == end_token) for t in range(vocab))
        beams = prune(pool)
    return [list(seq) for seq, _, _ in beams], np.array([rank(c) for c in beams])
