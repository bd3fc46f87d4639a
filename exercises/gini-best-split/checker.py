"""Compares (threshold, weighted_gini): None must match None; numbers must match to rounding."""

import math

import numpy as np

RTOL, ATOL = 1e-9, 1e-12


def _number(value):
    if isinstance(value, bool | np.bool_):
        return None
    if isinstance(value, int | float | np.integer | np.floating):
        return float(value)
    if isinstance(value, np.ndarray) and value.shape == () and value.dtype.kind in "iuf":
        return float(value)
    return None


def _compare(what, want, got):
    number = _number(got)
    if number is None:
        return f"{what}: expected a number, got {got!r}"
    if not math.isfinite(number):
        return f"{what}: expected {want:.10g}, got {number}"
    if abs(number - want) > ATOL + RTOL * abs(want):
        return f"{what}: expected {want:.10g}, got {number:.10g}"
    return None


def check(expected, got, case=None):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return f"expected a tuple (threshold, weighted_gini), got {got!r}"
    want_t, want_g = expected
    if want_t is None:
        if got[0] is not None:
            return (
                f"threshold: expected None (every x is equal, so no split exists), got {got[0]!r}"
            )
    elif got[0] is None:
        return f"threshold: expected {want_t:.10g}, got None (a split does exist)"
    else:
        problem = _compare("threshold", want_t, got[0])
        if problem:
            return problem
    return _compare("weighted_gini", want_g, got[1])
