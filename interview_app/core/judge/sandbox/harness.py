"""Inside the worker: load the submission, call it on each case, report plain results.

Everything here shares a process with the submission, so the grader trusts none of it: it
only decodes the data sent back and judges it itself.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import linecache
import os
import sys
import time
import traceback
from typing import Any

import numpy as np
from calls import play
from codec import ComplexAnswer, ListNode, NotAnAnswer, TreeNode, decode, encode
from protocol import send

SOLUTION_FILE = "solution.py"
MAX_TRACEBACK_LINES = 12
MAX_CAPTURE = 4000


class CappedText(io.TextIOBase):
    """print() target that keeps the first MAX_CAPTURE characters and counts the rest.

    Past `limit` characters it reports the overflow at once and ends the process, so a
    submission that prints forever is stopped at the cap, not at the time limit.
    """

    def __init__(self, fd: int = -1, limit: int = 0) -> None:
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0
        self.fd, self.limit = fd, limit
        self.case: int | None = None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        self.total += len(text)
        if self.kept < MAX_CAPTURE:
            piece = text[: MAX_CAPTURE - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)
        if self.limit and self.total > self.limit:
            report = {"event": "output_limit", "case": self.case, "output": self.take()}
            send(self.fd, report)
            os._exit(0)
        return len(text)

    def take(self) -> tuple[str, int]:
        text, total = "".join(self.parts), self.total
        self.parts, self.kept, self.total = [], 0, 0
        return text, total


def user_traceback(exc: BaseException) -> str:
    """The submission's own frames only; the harness's are left out."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == SOLUTION_FILE]
    lines = [f"  line {f.lineno}, in {f.name}: {(f.line or '').strip()}" for f in frames]
    if len(lines) > MAX_TRACEBACK_LINES:
        hidden = len(lines) - MAX_TRACEBACK_LINES
        lines = [
            *lines[:4],
            f"  ... {hidden} more frames not shown ...",
            *lines[-(MAX_TRACEBACK_LINES - 5) :],
        ]
    try:
        summary = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    except Exception:
        summary = type(exc).__name__
    if _refused_concurrency(exc):
        summary += (
            "\n(threads and processes are not available in the judge: solve it in one thread)"
        )
    if len(summary) > 500:
        summary = summary[:500] + " ... (truncated)"
    return "\n".join([*lines, summary]) if lines else summary


def _refused_concurrency(exc: BaseException) -> bool:
    """A thread or process the sandbox refused (the error names neither in plain words)."""
    text = str(exc).lower()
    if isinstance(exc, RuntimeError) and "can't start new thread" in text:
        return True
    frames = traceback.extract_tb(exc.__traceback__)
    in_concurrency = any(
        part in (f.filename or "")
        for f in frames
        for part in ("multiprocessing", "concurrent", "threading", "subprocess")
    )
    return in_concurrency and isinstance(exc, OSError | RuntimeError)


def fingerprint(value: Any, depth: int = 0) -> str:
    """A digest of an argument's contents, to tell whether the call modified it."""
    digest = hashlib.blake2b(digest_size=16)
    _feed(digest, value, depth)
    return digest.hexdigest()


def _feed(digest: Any, value: Any, depth: int) -> None:
    if depth > 40:
        return
    if isinstance(value, np.ndarray):
        digest.update(f"nd{value.shape}{value.dtype}".encode())
        digest.update(np.ascontiguousarray(value).tobytes())
    elif isinstance(value, list | tuple):
        digest.update(f"seq{len(value)}".encode())
        for item in value:
            _feed(digest, item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            digest.update(repr(key).encode())
            _feed(digest, item, depth + 1)
    elif isinstance(value, TreeNode):
        digest.update(repr(value.val).encode())
        _feed(digest, value.left, depth + 1)
        _feed(digest, value.right, depth + 1)
    elif isinstance(value, ListNode):
        seen: set[int] = set()
        while isinstance(value, ListNode) and id(value) not in seen:  # a cycle is an input too
            seen.add(id(value))
            digest.update(repr(value.val).encode())
            value = value.next
        digest.update(f"end{len(seen)}".encode())
    else:
        digest.update(repr(value).encode())


def describe_error(exc: BaseException) -> dict[str, Any]:
    return {"type": type(exc).__name__, "traceback": user_traceback(exc)}


def load(fd: int, job: dict[str, Any], capture: CappedText) -> Any:
    """Compile and run the module; returns the function, or None after reporting why not."""
    try:
        code = compile(job["source"], SOLUTION_FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        detail = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        line = getattr(exc, "lineno", None)
        send(
            fd, {"event": "compile_error", "message": f"line {line}: {detail}" if line else detail}
        )
        return None
    # Tracebacks quote the submission's own lines.
    source = job["source"]
    linecache.cache[SOLUTION_FILE] = (len(source), None, source.splitlines(True), SOLUTION_FILE)
    namespace = {
        "__name__": "solution", "__builtins__": builtins, "TreeNode": TreeNode, "ListNode": ListNode,
    }  # fmt: skip
    started = time.perf_counter()
    try:
        exec(code, namespace)
    except BaseException as exc:  # SystemExit and KeyboardInterrupt included
        send(fd, {"event": "load_error", "error": describe_error(exc), "output": capture.take()})
        return None
    name = job["function"]
    function = namespace.get(name)
    wanted = "class" if job.get("runner") == "calls" else "function"
    if not callable(function) or (wanted == "class" and not isinstance(function, type)):
        shown = f"class {name}" if wanted == "class" else f"function {name}()"
        missing = f"the {shown} is not defined" if function is None else f"{name} is not a {wanted}"
        send(fd, {"event": "compile_error", "message": missing})
        return None
    elapsed = (time.perf_counter() - started) * 1000
    send(fd, {"event": "loaded", "ms": elapsed, "output": capture.take()})
    return function


def call_function(target: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """The `function` runner: one call with the case's arguments."""
    return target(*args, **kwargs)


def play_calls(target: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """The `calls` runner: the case's method calls on one fresh object of the class."""
    return play(target, args[0], args[1])


RUNNERS = {"function": call_function, "calls": play_calls}  # "sql" is run_sql_job


def call(
    function: Any, case: dict[str, Any], check_inputs: bool, runner: Any = call_function
) -> dict[str, Any]:
    """One test: the call, how long it took, whether it changed its inputs, the encoded value."""
    args = [decode(a) for a in case["args"]]
    kwargs = {k: decode(v) for k, v in case["kwargs"].items()}
    before = [fingerprint(a) for a in args] if check_inputs else []
    result: dict[str, Any] = {}
    started = time.perf_counter()
    try:
        value = runner(function, args, kwargs)
        result["ms"] = (time.perf_counter() - started) * 1000
        changed = [n for n, digest in enumerate(before) if fingerprint(args[n]) != digest]
        if changed:
            result["changed_inputs"] = changed
        result.update(value=encode(value), status="ok")
    except ComplexAnswer as exc:
        result.update(status="complex", message=str(exc))
    except NotAnAnswer as exc:
        result.update(status="not_an_answer", message=str(exc))
    except BaseException as exc:
        result.setdefault("ms", (time.perf_counter() - started) * 1000)
        result.update(status="error", error=describe_error(exc))
    return result


def run_sql_job(fd: int, job: dict[str, Any], connection: Any) -> None:
    """An SQL job: one query, checked to be a single SELECT, run on each case's tables."""
    import run_sql

    if connection is None:
        send(fd, {"event": "sandbox_error", "message": "the SQL engine could not start"})
        return
    try:
        query = run_sql.check_query(connection, job["source"])
    except run_sql.QueryRefused as exc:
        send(fd, {"event": "compile_error", "message": str(exc)})
        return
    send(fd, {"event": "loaded", "ms": 0.0, "output": ["", 0]})
    for index, case in enumerate(job["cases"]):
        send(fd, {"event": "start", "case": index})
        started = time.perf_counter()
        result: dict[str, Any] = {}
        try:
            table = run_sql.run(connection, decode(case["args"][0]), query)
            result.update(status="ok", value=encode(table))
        except run_sql.TooManyRows as exc:
            result.update(status="too_many_rows", message=str(exc))
        except MemoryError:
            result.update(status="error", error={"type": "MemoryError", "traceback": "MemoryError"})
        except Exception as exc:
            kind = (
                "MemoryError"
                if "memory" in str(exc).lower() and "limit" in str(exc).lower()
                else "SQLError"
            )
            result.update(
                status="error", error={"type": kind, "traceback": run_sql.error_message(exc)}
            )
        result["ms"] = (time.perf_counter() - started) * 1000
        send(fd, {"event": "result", "case": index, **result, "output": ["", 0]})
    send(fd, {"event": "done"})


def run(fd: int, job: dict[str, Any], sql: Any = None) -> None:
    runner_name = job.get("runner") or ("sql" if job.get("kind") == "sql" else "function")
    if runner_name == "sql":
        run_sql_job(fd, job, sql)
        return
    runner = RUNNERS.get(runner_name)
    if runner is None:
        send(fd, {"event": "sandbox_error", "message": f"unknown runner {runner_name!r}"})
        return
    limit = int((job.get("limits") or {}).get("output_bytes", 0))
    capture = CappedText(fd, limit)
    sys.stdout = sys.stderr = capture
    function = load(fd, job, capture)
    if function is None:
        return
    for index, case in enumerate(job["cases"]):
        capture.case = index
        send(fd, {"event": "start", "case": index})
        result = call(function, case, bool(job.get("check_inputs")), runner)
        send(fd, {"event": "result", "case": index, **result, "output": capture.take()})
    send(fd, {"event": "done"})
