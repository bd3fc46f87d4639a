"""Groups the samples by distinct score in a dict and sweeps the groups in ascending order:
each positive beats every negative seen so far and ties with the negatives in its group."""


def roc_auc(y_true, scores):
    groups = {}
    for label, score in zip(y_true.tolist(), scores.tolist(), strict=True):
        counts = groups.setdefault(score, [0, 0])
        counts[label] += 1
    below = wins = 0.0
    n_pos = n_neg = 0
    for score in sorted(groups):
        neg, pos = groups[score]
        wins += pos * (below + 0.5 * neg)
        below += neg
        n_pos += pos
        n_neg += neg
    return wins / (n_pos * n_neg)
