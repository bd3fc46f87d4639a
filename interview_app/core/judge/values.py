"""Helpers for exercise authors' cases.py files."""

from __future__ import annotations

from typing import Any

from interview_app.core.judge.sandbox.codec import LinkedArg, ListNode, TreeArg, TreeNode


def tree(levels: list[Any]) -> TreeArg:
    """A binary tree argument from its level-order list, e.g. tree([3, 9, 20, None, None, 15, 7])."""
    return TreeArg(levels)


def linked(values: list[Any], cycle_at: int = -1) -> LinkedArg:
    """A linked-list argument from its values, e.g. linked([1, 2, 3]); the solution gets the head
    `ListNode`. With `cycle_at` = i (0-based), the last node's `next` points back to node i."""
    return LinkedArg(values, cycle_at)


def random_tree(rng: Any, n: int, chain: float = 0.0, side: int | None = None) -> list[Any]:
    """Level-order list of a random binary tree with n nodes.

    With probability `chain` a new node hangs under the previous one (on `side` if given),
    which makes long paths; otherwise it takes a uniformly random free slot.
    """
    if n == 0:
        return []
    children = [[None, None]]
    free = [(0, 0), (0, 1)]
    for new in range(1, n):
        if rng.random() < chain:
            pick = len(free) - 2 + (side if side is not None else int(rng.integers(0, 2)))
        else:
            pick = int(rng.integers(0, len(free)))
        free[pick], free[-1] = free[-1], free[pick]
        parent, slot = free.pop()
        children[parent][slot] = new
        children.append([None, None])
        free += [(new, 0), (new, 1)]
    values = [int(v) for v in rng.integers(-100, 101, size=n)]
    out, queue, head = [], [0], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        out.append(values[node])
        queue += children[node]
    while out[-1] is None:
        out.pop()
    return out


__all__ = ["ListNode", "TreeNode", "linked", "random_tree", "tree"]
