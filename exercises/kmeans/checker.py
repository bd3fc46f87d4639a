"""Compares (centroids, labels). The centroids must match the reference's; the labels may be
either reading of the contract when max_iters stops the run before convergence: the labels of
the last assignment (the reference's), or those of the nearest returned centroid (as
scikit-learn returns them). The second reading is recomputed from X and the returned centroids.
"""

import numpy as np

from interview_app.core.judge.checkers import check_allclose, check_exact, describe

RTOL, ATOL = 1e-6, 1e-9
TIE = 1e-9  # relative slack on distances, so a near-tie may go either way


def _nearest_ok(X, centroids, labels):
    """Whether every label names a centroid at the smallest distance from its point."""
    d2 = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    chosen = d2[np.arange(len(X)), labels]
    return np.flatnonzero(chosen > d2.min(axis=1) * (1 + TIE) + 1e-12)


def check(expected, got, case=None):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return f"expected a tuple (centroids, labels), got {describe(got)}"
    want_c, want_l = expected
    problem = check_allclose(want_c, got[0], RTOL, ATOL)
    if problem:
        return f"centroids: {problem}"
    problem = check_exact(want_l, got[1])
    if problem is None or case is None:
        return problem and f"labels: {problem}"
    labels = np.asarray(got[1])
    if labels.shape != want_l.shape or labels.dtype.kind not in "iu":
        return f"labels: {problem}"
    k = len(want_c)
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        return f"labels: values must be centroid indices 0 to {k - 1}, got {describe(labels)}"
    X = np.asarray(case["args"][0], dtype=float)
    far = _nearest_ok(X, np.asarray(got[0], dtype=float), labels)
    if len(far) == 0:
        return None
    i = int(far[0])
    return (
        f"labels: {problem}; they are not the labels of the nearest returned centroid either "
        f"(point {i} is labelled {int(labels[i])}, but another centroid is closer)"
    )
