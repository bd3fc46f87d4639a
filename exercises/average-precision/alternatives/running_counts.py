"""Pure Python walk down the sorted list, counting hits and adding precision at each one."""


def average_precision(labels, scores):
    order = sorted(range(len(scores)), key=lambda i: -float(scores[i]))
    hits, total = 0, 0.0
    for rank, i in enumerate(order, start=1):
        if labels[i] == 1:
            hits += 1
            total += hits / rank
    return total / hits
