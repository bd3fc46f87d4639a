"""Helpers for exercise authors' cases.py files."""

from __future__ import annotations

from typing import Any

from interview_app.core.judge.sandbox.codec import TreeArg, TreeNode


def tree(levels: list[Any]) -> TreeArg:
    """A binary tree argument from its level-order list, e.g. tree([3, 9, 20, None, None, 15, 7])."""
    return TreeArg(levels)


__all__ = ["TreeNode", "tree"]
