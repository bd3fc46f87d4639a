"""Plain data between the grader and the sandboxed worker: JSON with a few tagged types.

Only these cross the boundary: None, bool, int, float, str, list, tuple, dict with str keys,
NumPy arrays of numeric dtype (as .npy bytes, read back with allow_pickle=False), NumPy
numeric scalars, binary trees and linked lists. Anything else is refused, so a submission's custom classes
(with their own __eq__ or __array__) never reach the grader.
"""

from __future__ import annotations

import base64
import io
import math
from typing import Any

import numpy as np

MAX_DEPTH = 40
MAX_INT_DIGITS = 4000
_INT_LIMIT = 10**MAX_INT_DIGITS
NUMERIC_KINDS = "biuf"


class NotAnAnswer(TypeError):
    """The value cannot be returned as an answer (its type is not plain data)."""


class ComplexAnswer(NotAnAnswer):
    """The value holds complex numbers (np.linalg.eig gives them for non-symmetric input)."""


class TreeNode:
    """A binary-tree node, as LeetCode defines it."""

    __slots__ = ("left", "right", "val")

    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val, self.left, self.right = val, left, right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


class TreeArg:
    """A tree given as its level-order list (None for gaps), as test-case authors write it."""

    def __init__(self, levels: list[Any]) -> None:
        self.levels = list(levels)


class ListNode:
    """A singly linked list node, as LeetCode defines it."""

    __slots__ = ("next", "val")

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val, self.next = val, next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class LinkedArg:
    """A linked list given as its values; `cycle_at` is the index the last node points back to."""

    def __init__(self, values: list[Any], cycle_at: int = -1) -> None:
        self.values = list(values)
        self.cycle_at = cycle_at if 0 <= cycle_at < len(self.values) else -1


def build_linked(values: list[Any], cycle_at: int = -1) -> ListNode | None:
    nodes = [ListNode(v) for v in values]
    for index in range(len(nodes) - 1):
        nodes[index].next = nodes[index + 1]
    if nodes and 0 <= cycle_at < len(nodes):
        nodes[-1].next = nodes[cycle_at]
    return nodes[0] if nodes else None


def linked_values(head: ListNode | None, limit: int = 200_000) -> list[Any]:
    """The values from head to tail; raises on a cycle or a node that is not a ListNode."""
    out: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None:
        if type(node) is not ListNode:
            raise NotAnAnswer("a linked list must be made of ListNode objects")
        if id(node) in seen or len(seen) > limit:
            raise NotAnAnswer("the returned linked list never ends (it has a cycle)")
        seen.add(id(node))
        out.append(_plain_scalar(node.val))
        node = node.next
    return out


def build_tree(levels: list[Any]) -> TreeNode | None:
    if not levels or levels[0] is None:
        return None
    values = iter(levels)
    root = TreeNode(next(values))
    queue, head = [root], 0
    for left in values:
        node = queue[head]
        head += 1  # noqa: SIM113 - a queue index, not a count of loop turns
        if left is not None:
            node.left = TreeNode(left)
            queue.append(node.left)
        right = next(values, None)
        if right is not None:
            node.right = TreeNode(right)
            queue.append(node.right)
    return root


def tree_levels(root: TreeNode | None, limit: int = 100_000) -> list[Any]:
    """Level order with None for gaps, trailing Nones dropped; raises on cycles or huge trees."""
    out: list[Any] = []
    queue: list[TreeNode | None] = [root]
    head, seen = 0, set()
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        if type(node) is not TreeNode or id(node) in seen or len(seen) > limit:
            raise NotAnAnswer("a tree must be made of TreeNode objects, without cycles")
        seen.add(id(node))
        out.append(_plain_scalar(node.val))
        queue.extend((node.left, node.right))
    while out and out[-1] is None:
        out.pop()
    return out


def _plain_scalar(value: Any) -> Any:
    if value is None or type(value) in (bool, str) or type(value) is float:
        return value
    if type(value) is int:
        if not -_INT_LIMIT < value < _INT_LIMIT:
            raise NotAnAnswer("the integer is too large")
        return value
    if isinstance(value, np.generic) and value.dtype.kind in NUMERIC_KINDS:
        return value.item()
    raise NotAnAnswer(f"tree values must be numbers or strings, not {type(value).__name__}")


def encode(value: Any, depth: int = 0) -> Any:
    """Value -> JSON-ready data. Exact type checks: subclasses are refused."""
    if depth > MAX_DEPTH:
        raise NotAnAnswer("the value is nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        if not -_INT_LIMIT < value < _INT_LIMIT:
            raise NotAnAnswer("the integer is too large")
        return value
    if kind is float:
        return value if math.isfinite(value) else {"$float": repr(value)}
    if kind is np.ndarray:
        return {"$nd": _npy_bytes(value)}
    if kind is complex or (isinstance(value, np.generic) and value.dtype.kind == "c"):
        raise ComplexAnswer("the result holds complex numbers")
    if isinstance(value, np.generic) and kind.__module__ == "numpy":
        if value.dtype.kind not in NUMERIC_KINDS:
            raise NotAnAnswer(f"a NumPy {value.dtype} scalar is not a numeric answer")
        return {"$np": value.dtype.str, "v": encode(value.item(), depth + 1)}
    if kind is list:
        return list(value) if _plain_list(value) else [encode(v, depth + 1) for v in value]
    if kind is tuple:
        return {"$tuple": [encode(v, depth + 1) for v in value]}
    if kind is dict:
        if not all(type(k) is str for k in value):
            raise NotAnAnswer("dictionary keys must be strings")
        return {"$dict": {k: encode(v, depth + 1) for k, v in value.items()}}
    if kind is TreeNode:
        return {"$tree": tree_levels(value)}
    if kind is TreeArg:
        return {"$tree": [encode(v, depth + 1) for v in value.levels]}
    if kind is ListNode:
        return {"$linked": linked_values(value)}
    if kind is LinkedArg:
        return {"$linked": [encode(v, depth + 1) for v in value.values], "cycle": value.cycle_at}
    raise NotAnAnswer(f"returned a {kind.__module__}.{kind.__qualname__}, which is not plain data")


_SCALARS = (type(None), bool, str)
_DATA_SCALARS = (type(None), bool, str, int, float)


def _plain_list(value: list[Any]) -> bool:
    """A list of plain scalars that encode as themselves (a fast path for long lists)."""
    for item in value:
        kind = type(item)
        if kind is int:
            if not -_INT_LIMIT < item < _INT_LIMIT:
                return False
        elif kind is float:
            if not math.isfinite(item):
                return False
        elif kind not in _SCALARS:
            return False
    return True


def _npy_bytes(array: np.ndarray) -> str:
    if array.dtype.kind == "c":
        raise ComplexAnswer(f"the result is an array of complex numbers ({array.dtype})")
    if array.dtype.kind not in NUMERIC_KINDS or array.dtype.hasobject:
        raise NotAnAnswer(f"an array of dtype {array.dtype} is not a numeric answer")
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array), allow_pickle=False)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


class DecodeError(ValueError):
    """Malformed data from the other side of the boundary."""


def decode(data: Any, depth: int = 0) -> Any:
    """JSON data -> value, refusing anything not produced by `encode`."""
    if depth > MAX_DEPTH + 2:
        raise DecodeError("nested too deeply")
    kind = type(data)
    if data is None or kind in (bool, int, float, str):
        return data
    if kind is list:
        if all(type(v) in _DATA_SCALARS for v in data):
            return list(data)
        return [decode(v, depth + 1) for v in data]
    if kind is not dict or len(data) not in (1, 2):
        raise DecodeError(f"unexpected {kind.__name__}")
    if "$nd" in data:
        return _load_npy(data["$nd"])
    if "$float" in data:
        text = data["$float"]
        if text not in ("nan", "inf", "-inf"):
            raise DecodeError("bad float")
        return float(text)
    if "$np" in data:
        dtype = np.dtype(_checked_dtype(data["$np"]))
        return dtype.type(decode(data["v"], depth + 1))
    if "$tuple" in data and type(data["$tuple"]) is list:
        return tuple(decode(v, depth + 1) for v in data["$tuple"])
    if "$dict" in data and type(data["$dict"]) is dict:
        return {str(k): decode(v, depth + 1) for k, v in data["$dict"].items()}
    if "$tree" in data and type(data["$tree"]) is list:
        return build_tree([decode(v, depth + 1) for v in data["$tree"]])
    if "$linked" in data and type(data["$linked"]) is list:
        cycle = data.get("cycle", -1)
        if type(cycle) is not int:
            raise DecodeError("bad cycle position")
        return build_linked([decode(v, depth + 1) for v in data["$linked"]], cycle)
    raise DecodeError("unknown tag")


def _checked_dtype(text: Any) -> str:
    if type(text) is not str or len(text) > 8:
        raise DecodeError("bad dtype")
    try:
        dtype = np.dtype(text)
    except TypeError as exc:
        raise DecodeError("bad dtype") from exc
    if dtype.kind not in NUMERIC_KINDS or dtype.hasobject:
        raise DecodeError(f"dtype {dtype} is not numeric")
    return text


def _load_npy(text: Any) -> np.ndarray:
    if type(text) is not str:
        raise DecodeError("bad array")
    try:
        raw = base64.b64decode(text, validate=True)
        array = np.load(io.BytesIO(raw), allow_pickle=False)
    except (ValueError, OSError, EOFError) as exc:
        raise DecodeError(f"bad array: {exc}") from None
    if type(array) is not np.ndarray or array.dtype.kind not in NUMERIC_KINDS:
        raise DecodeError("bad array dtype")
    return array
