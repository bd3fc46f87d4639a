"""Checkers: tiny named functions that compare a decoded result with the expected one.

Each returns None when the result passes, or a message that teaches why it does not. They see
only decoded plain data (see sandbox/codec.py), never objects made by the submission.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np

from interview_app.core.judge.rows import check_rows
from interview_app.core.judge.sandbox.codec import ListNode, TreeNode, linked_values, tree_levels

Checker = Callable[..., str | None]  # (expected, got, case=None) -> None or a message
DEFAULT_RTOL, DEFAULT_ATOL = 1e-6, 1e-9


def describe(value: Any, limit: int = 120) -> str:
    if isinstance(value, np.ndarray):
        text = np.array2string(value, threshold=12, edgeitems=2, precision=6)
        text = f"array(shape={value.shape}, dtype={value.dtype}): {text}"
    elif isinstance(value, TreeNode):
        text = f"tree {tree_levels(value)}"
    elif isinstance(value, ListNode):
        text = f"linked list {linked_values(value)}"
    elif isinstance(value, np.generic):
        text = repr(value.item())  # 3, not np.int64(3)
    else:
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def pair(want: float, got: float) -> tuple[str, str]:
    """Both numbers with just enough digits to show that they differ."""
    for digits in range(6, 18):
        a, b = f"{want:.{digits}g}", f"{got:.{digits}g}"
        if a != b:
            return a, b
    return repr(want), repr(got)


def _kind(value: Any) -> str:
    if isinstance(value, bool | np.bool_):
        return "bool"
    if isinstance(value, int | np.integer):
        return "int"
    if isinstance(value, float | np.floating):
        return "float"
    if isinstance(value, np.ndarray):
        return "array"
    return type(value).__name__


def _as_array(got: Any) -> np.ndarray | None:
    """Numbers and (nested) lists of numbers are accepted where an array is expected."""
    if isinstance(got, np.ndarray):
        return got
    if isinstance(got, bool | int | float | np.generic):
        return np.asarray(got)
    if isinstance(got, list | tuple):
        try:
            array = np.asarray(got)
        except ValueError:
            return None
        return array if array.dtype.kind in "biuf" else None
    return None


def check_allclose(
    expected: Any, got: Any, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL
) -> str | None:
    want = np.asarray(expected)
    have = _as_array(got)
    if have is None:
        return f"expected a number or numeric array, got {describe(got)}"
    if have.shape != want.shape:
        return f"wrong shape: expected {want.shape}, got {have.shape}"
    if have.dtype.kind not in "iuf" or (have.dtype.kind in "iu" and want.dtype.kind == "b"):
        return f"wrong dtype: expected numbers like {want.dtype}, got {have.dtype}"
    have = have.astype(np.float64)
    want_f = want.astype(np.float64)
    if not np.all(np.isfinite(have)) and np.all(np.isfinite(want_f)):
        bad = np.argwhere(~np.isfinite(have))[0] if have.ndim else ()
        return f"result contains NaN or infinity (first at index {tuple(int(i) for i in bad)})"
    close = np.isclose(have, want_f, rtol=rtol, atol=atol, equal_nan=True)
    if close.all():
        return None
    if have.ndim == 0:
        a, b = pair(want_f.item(), have.item())
        return f"expected {a}, got {b} (rtol={rtol:g}, atol={atol:g})"
    index = tuple(int(i) for i in np.argwhere(~close)[0])
    count = int((~close).sum())
    a, b = pair(float(want_f[index]), float(have[index]))
    return (
        f"{count} of {close.size} values differ; first at index {index}: expected "
        f"{a}, got {b} (rtol={rtol:g}, atol={atol:g})"
    )


def check_exact(expected: Any, got: Any) -> str | None:
    if isinstance(expected, np.ndarray):
        have = _as_array(got)
        if have is None:
            return f"expected an array, got {describe(got)}"
        if have.shape != expected.shape:
            return f"wrong shape: expected {expected.shape}, got {have.shape}"
        if expected.dtype.kind in "iub" and have.dtype.kind not in "iub":
            return f"wrong dtype: expected integers ({expected.dtype}), got {have.dtype}"
        equal = have == expected
        if equal.all():
            return None
        index = tuple(int(i) for i in np.argwhere(~equal)[0]) if equal.ndim else ()
        return (
            f"{int((~equal).sum())} of {equal.size} values differ; first at index {index}: "
            f"expected {describe(expected[index])}, got {describe(have[index])}"
        )
    if isinstance(expected, TreeNode) or (expected is None and isinstance(got, TreeNode)):
        want = tree_levels(expected) if expected is not None else []
        have = tree_levels(got) if isinstance(got, TreeNode) else got
        return None if want == have else f"expected tree {want}, got {describe(have)}"
    if isinstance(expected, ListNode) or (expected is None and isinstance(got, ListNode)):
        want = linked_values(expected) if expected is not None else []
        have = linked_values(got) if isinstance(got, ListNode) else got
        if want == have:
            return None
        if isinstance(have, list) and len(have) != len(want):
            return (
                f"expected the linked list {describe(want)} ({_nodes(len(want))}), "
                f"got {describe(have)} ({_nodes(len(have))})"
            )
        return f"expected the linked list {describe(want)}, got {describe(have)}"
    kinds = (_kind(expected), _kind(got))
    both_sequences = isinstance(expected, list | tuple) and isinstance(got, list | tuple)
    if kinds[0] != kinds[1] and kinds != ("int", "float") and not both_sequences:
        return f"expected {kinds[0]} {describe(expected)}, got {kinds[1]} {describe(got)}"
    if isinstance(expected, list | tuple):
        if not isinstance(got, list | tuple):
            return f"expected a list, got {describe(got)}"
        if len(got) != len(expected):
            return f"expected {len(expected)} items, got {len(got)}: {describe(got)}"
        for i, (want, have) in enumerate(zip(expected, got, strict=True)):
            problem = check_exact(want, have)
            if problem:
                return f"item {i}: {problem}"
        return None
    if isinstance(expected, float) or isinstance(got, float):
        if isinstance(got, float) and not math.isfinite(got):
            return f"expected {describe(expected)}, got {got}"
        return None if got == expected else f"expected {describe(expected)}, got {describe(got)}"
    return None if got == expected else f"expected {describe(expected)}, got {describe(got)}"


def _nodes(count: int) -> str:
    return f"{count} node" if count == 1 else f"{count} nodes"


def _canonical(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ("seq", tuple(_canonical(v) for v in value))
    if isinstance(value, np.ndarray):
        return ("nd", value.shape, tuple(value.ravel().tolist()))
    if isinstance(value, dict):
        return ("dict", tuple(sorted((k, _canonical(v)) for k, v in value.items())))
    return (_kind(value), value)


def check_unordered(expected: Any, got: Any) -> str | None:
    if not isinstance(got, list | tuple):
        return f"expected a list, got {describe(got)}"
    if len(got) != len(expected):
        return f"expected {len(expected)} items, got {len(got)}"
    want, have = Counter(map(_canonical, expected)), Counter(map(_canonical, got))
    if want == have:
        return None
    originals = {_canonical(item): item for item in expected}
    missing = originals[next(iter(want - have))]
    extra = [item for item in got if _canonical(item) in have - want][:1]
    unexpected = f", and {describe(extra[0])} is not expected" if extra else ""
    return f"the items differ (in any order): {describe(missing)} is missing{unexpected}"


def check_label_permutation(expected: Any, got: Any) -> str | None:
    want = np.asarray(expected)
    have = _as_array(got)
    if have is None or have.shape != want.shape:
        shape = None if have is None else have.shape
        return f"expected labels of shape {want.shape}, got {describe(got) if shape is None else shape}"
    if have.dtype.kind not in "iu":
        return f"wrong dtype: labels must be integers, got {have.dtype}"
    forward: dict[int, int] = {}
    backward: dict[int, int] = {}
    for i, (a, b) in enumerate(zip(have.tolist(), want.tolist(), strict=True)):
        if forward.setdefault(a, b) != b or backward.setdefault(b, a) != a:
            return f"point {i} is grouped differently from the expected clustering (labels are compared up to renaming)"
    return None


def build_checker(spec: dict[str, Any], custom: Checker | None = None) -> Checker:
    """A checker from its `[checker]` table in exercise.toml, called as check(want, got, case).

    `case` is the test's decoded inputs, `{"args": [...], "kwargs": {...}}`, for checkers
    that judge a result against the input (custom ones); the built-in kinds ignore it.
    """
    check = _build(spec, custom)
    return lambda want, got, case=None: check(want, got, case)


def _build(spec: dict[str, Any], custom: Checker | None) -> Checker:
    kind = spec.get("kind", "exact")
    if kind == "exact":
        return lambda want, got, case=None: check_exact(want, got)
    if kind == "allclose":
        rtol, atol = float(spec.get("rtol", DEFAULT_RTOL)), float(spec.get("atol", DEFAULT_ATOL))
        return lambda want, got, case=None: check_allclose(want, got, rtol, atol)
    if kind == "unordered":
        return lambda want, got, case=None: check_unordered(want, got)
    if kind == "label_permutation":
        return lambda want, got, case=None: check_label_permutation(want, got)
    if kind == "rows":
        rtol, atol = float(spec.get("rtol", DEFAULT_RTOL)), float(spec.get("atol", DEFAULT_ATOL))
        ordered = bool(spec.get("ordered", False))
        return lambda want, got, case=None: check_rows(want, got, ordered, rtol, atol)
    if kind == "calls":
        item = _build(spec.get("item", {"kind": "exact"}), custom)
        return lambda want, got, case=None: _check_calls(item, want, got, case)
    if kind == "custom":
        if custom is None:
            raise ValueError("a custom checker needs checker.py")
        return lambda want, got, case=None: custom(want, got, case)
    if kind == "tuple":
        items = [_build(item, custom) for item in spec.get("items", [])]
        if not items:
            raise ValueError("a tuple checker needs items")
        names = [str(n) for n in spec.get("names", [])]
        return lambda want, got, case=None: _check_tuple(items, want, got, case, names)
    raise ValueError(f"unknown checker kind {kind!r}")


def _check_tuple(
    items: list[Checker], expected: Any, got: Any, case: Any, names: list[str]
) -> str | None:
    labels = [names[i] if i < len(names) else f"value {i + 1}" for i in range(len(items))]
    shape = f"({', '.join(labels)})" if names else f"of {len(items)} values"
    if not isinstance(got, list | tuple):
        return f"expected a tuple {shape}, got {describe(got)}"
    if len(got) != len(items):
        return f"expected a tuple {shape}, got {len(got)} values"
    for label, check, want, have in zip(labels, items, expected, got, strict=True):
        problem = check(want, have, case)
        if problem:
            return f"{label}: {problem}"
    return None


def _check_calls(item: Checker, expected: Any, got: Any, case: Any) -> str | None:
    """A sequence of method calls: the first call whose result differs, named with its arguments."""
    if not isinstance(got, list | tuple) or len(got) != len(expected):
        return f"expected one result per call ({len(expected)}), got {describe(got)}"
    operations, arguments = (case or {}).get("args", [[], []])[:2] if case else ([], [])
    for index, (want, have) in enumerate(zip(expected, got, strict=True)):
        # The constructor and methods that return nothing: None, whatever the item checker.
        problem = check_exact(want, have) if want is None else item(want, have, case)
        if problem:
            return f"{_call_text(operations, arguments, index)}: {problem}"
    return None


def _call_text(operations: Any, arguments: Any, index: int) -> str:
    try:
        name = str(operations[index])
        shown = ", ".join(describe(a, 40) for a in arguments[index])
    except (IndexError, TypeError, KeyError):
        return f"call {index + 1}"
    return f"call {index + 1}, {name}({shown})"


CHECKER_KINDS = (
    "exact", "allclose", "unordered", "label_permutation", "tuple", "custom", "rows", "calls",
)  # fmt: skip
