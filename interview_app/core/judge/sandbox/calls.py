"""Class-based exercises: a test is a sequence of calls, played on one fresh object.

The case's arguments are two lists, as interview sites write them: the operations
(`["LRUCache", "put", "get"]`, the class name first) and each operation's arguments
(`[[2], [1, 1], [1]]`). The result is one value per call, `None` for the constructor. Shared
by the sandboxed worker (submissions) and the grader (our own reference).
"""

from __future__ import annotations

from typing import Any


class CallsError(ValueError):
    """The test itself is malformed (an exercise author's mistake, never the submission's)."""


def play(cls: Any, operations: list[Any], arguments: list[Any]) -> list[Any]:
    if len(operations) != len(arguments) or not operations:
        raise CallsError("a calls test needs as many argument lists as operations")
    try:
        instance = cls(*arguments[0])
    except Exception as exc:
        exc.add_note(f"(in call 1: {operations[0]}({', '.join(map(repr, arguments[0]))}))")
        raise
    results: list[Any] = [None]
    for index in range(1, len(operations)):
        name, args = operations[index], arguments[index]
        if not isinstance(name, str) or name.startswith("_"):
            raise CallsError(f"operation {index + 1} is not a public method name")
        method = getattr(instance, name, None)
        if not callable(method):
            raise AttributeError(f"{type(instance).__name__} has no method {name}()")
        try:
            results.append(method(*args))
        except Exception as exc:
            exc.add_note(f"(in call {index + 1}: {name}({', '.join(map(repr, args))}))")
            raise
    return results
