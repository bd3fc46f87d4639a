"""Compares predicted labels exactly. With no test points the answer is an empty array, and
`np.array([])` (float, since it holds no values) is accepted for it like an integer one."""

import numpy as np

from interview_app.core.judge.checkers import check_exact


def check(expected, got, case=None):
    if isinstance(got, np.ndarray) and got.size == 0 and got.shape == expected.shape:
        return (
            None if got.dtype.kind in "biuf" else f"wrong dtype: expected integers, got {got.dtype}"
        )
    return check_exact(expected, got)
