"""Inside the worker: time one function at growing input sizes, within a time budget.

A timing job comes after a submission has been accepted (or carries our own reference, in a
worker of its own). Like every job it is untrusted once loaded: the grader bounds each
reported time by its own clock and uses the figures only to inform, never to judge.
"""

from __future__ import annotations

import math
import sys
import time
from typing import Any

from codec import decode
from harness import CappedText, load
from protocol import send

MAX_PASSES = 5  # passes over the sizes; the quickest call of each size is kept


def _inputs(size: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    return [decode(a) for a in size["args"]], {k: decode(v) for k, v in size["kwargs"].items()}


def time_call(function: Any, size: dict[str, Any]) -> float:
    """One call on fresh inputs (decoded outside the clock), in seconds of this thread's CPU
    time: on a busy machine the wall clock also counts the time other programs had the
    processor. (The job runs in one thread, NumPy's BLAS included.)"""
    args, kwargs = _inputs(size)
    started = time.thread_time()
    function(*args, **kwargs)
    return time.thread_time() - started


def predicted_s(done: list[tuple[int, float]], size: int) -> float:
    """The next size's time, extrapolated from the last two at no less than linear growth."""
    (n1, t1), (n2, t2) = (done[-2] if len(done) > 1 else done[-1]), done[-1]
    growth = 1.0
    if n2 > n1 and t1 > 0 and t2 > 0:
        growth = max(1.0, math.log(t2 / t1) / math.log(n2 / n1))
    return t2 * (size / n2) ** growth


class FailedAt(Exception):
    """The call raised at one size (its index); the exception's type name is kept."""

    def __init__(self, index: int, exc: BaseException) -> None:
        super().__init__(index, type(exc).__name__)
        self.index, self.type = index, type(exc).__name__


def _timed(function: Any, sizes: list[dict[str, Any]], index: int) -> float:
    try:
        return time_call(function, sizes[index])
    except BaseException as exc:  # SystemExit and MemoryError included
        raise FailedAt(index, exc) from None


def measure(function: Any, sizes: list[dict[str, Any]], budget_s: float) -> list[list[float]]:
    """Each size's call times: a first pass in order of size, stopping before a size that
    would not fit in the budget, then whole passes again while they fit. Repeating by passes
    spreads a moment of machine noise over every size instead of one."""
    started = time.perf_counter()
    times: list[list[float]] = []
    for index, size in enumerate(sizes):
        left = budget_s - (time.perf_counter() - started)
        done = [(int(s["n"]), min(t)) for s, t in zip(sizes, times, strict=False)]
        if done and predicted_s(done, int(size["n"])) > left:
            break
        times.append([_timed(function, sizes, index)])
    for _ in range(MAX_PASSES - 1):
        one_pass = sum(min(t) for t in times)
        if time.perf_counter() - started + one_pass > budget_s:
            break
        for index, spent in enumerate(times):
            spent.append(_timed(function, sizes, index))
    return times


def run(fd: int, job: dict[str, Any], sql: Any = None) -> None:
    """Time the job's sizes within its budget and send the quickest call of each."""
    limit = int((job.get("limits") or {}).get("output_bytes", 0))
    capture = CappedText(fd, limit)
    sys.stdout = sys.stderr = capture
    function = load(fd, job, capture)
    if function is None:
        return
    sizes = job["sizes"]
    try:
        if sizes:  # one untimed call first: the first call in a process pays for warming up
            _timed(function, sizes, 0)
        times = measure(function, sizes, float(job["budget_ms"]) / 1000)
    except FailedAt as failed:  # a failure at scale ends the timing, never the verdict
        send(fd, {"event": "timing_error", "case": failed.index, "type": failed.type})
        return
    capture.take()  # what it printed stays here
    for index, spent in enumerate(times):
        send(fd, {"event": "timed", "case": index, "ms": min(spent) * 1000, "runs": len(spent)})
    send(fd, {"event": "done"})
