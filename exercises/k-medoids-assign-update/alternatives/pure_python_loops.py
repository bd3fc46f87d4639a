"""Pure Python loops with math.dist; ties are kept by updating only on a strictly smaller
value while scanning in increasing order."""

import math

import numpy as np


def kmedoids_step(X, medoids):
    points = [tuple(float(v) for v in row) for row in X]
    centres = [points[int(m)] for m in medoids]
    labels = []
    for p in points:
        best_j, best_d = 0, math.dist(p, centres[0])
        for j in range(1, len(centres)):
            dist = math.dist(p, centres[j])
            if dist < best_d:
                best_j, best_d = j, dist
        labels.append(best_j)
    new_medoids, cost = [], 0.0
    for j in range(len(centres)):
        members = [i for i, lab in enumerate(labels) if lab == j]
        best_i, best_total = None, math.inf
        for i in members:
            total = 0.0
            for m in members:
                total += math.dist(points[i], points[m])
            if total < best_total:
                best_i, best_total = i, total
        new_medoids.append(best_i)
        cost += best_total
    return np.array(labels, dtype=np.int64), np.array(new_medoids, dtype=np.int64), cost
