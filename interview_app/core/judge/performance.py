"""How an accepted solution's speed grows: timed against the reference at growing sizes.

An exercise declares a scaling case in its exercise.toml (`[scaling]`, see
exercises/README.md) and builds its inputs with `scaling(rng, n)` in cases.py. After an
accepted Submit the submission and the reference are each timed in a sandboxed worker of
their own (the reference never shares a process with the submission), within a time budget,
and the figures become a note. It informs; it never changes the verdict.
"""

from __future__ import annotations

import math
import time
import tomllib
import weakref
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from interview_app.core.judge.exercises import Exercise, ExerciseError
from interview_app.core.judge.sandbox.codec import encode
from interview_app.core.judge.sandbox.protocol import FrameError
from interview_app.core.judge.slow_patterns import find_slow_patterns
from interview_app.core.judge.worker_process import WorkerProcess

if TYPE_CHECKING:
    from interview_app.core.judge.grader import Judge

BUDGET_MS = 220.0  # the submission's share of the timing; the reference gets REFERENCE_BUDGET_MS
REFERENCE_BUDGET_MS = 120.0
GRACE_S = 0.5  # past the budget, a worker still busy is killed
SEED = 20240  # scaling inputs are the same for every submission, so attempts compare
SLOW_RATIO = 2.0  # from here on the note says why, when the source shows a reason
MAX_SIZES = 8


@dataclass(frozen=True)
class Scaling:
    sizes: tuple[int, ...]
    name: str = "n"  # what the size counts, as the note says it ("n", "the length")
    reference: str = "the reference solution"  # how the note names the reference
    rows_arg: int | None = None  # the argument whose rows grow (loops over it are reported)
    expected: str = ""  # LeetCode style: the complexity an efficient solution has, "O(n)"
    expected_growth: float | None = None  # its exponent, for the comparison


@cache
def _section(folder: Path, key: str) -> dict[str, Any] | None:
    data = tomllib.loads((folder / "exercise.toml").read_text(encoding="utf-8"))
    section = data.get(key)
    return section if isinstance(section, dict) else None


def scaling_of(exercise: Exercise) -> Scaling | None:
    """The exercise's `[scaling]` section, validated; None when it has none."""
    raw = _section(exercise.folder, "scaling")
    if (
        raw is None
        or exercise.kind != "python"
        or getattr(exercise, "runner", "function") != "function"
    ):
        return None

    def fail(message: str) -> ExerciseError:
        return ExerciseError(f"{exercise.folder / 'exercise.toml'}: [scaling] {message}")

    unknown = set(raw) - {"sizes", "name", "reference", "rows_arg", "expected", "expected_growth"}
    if unknown:
        raise fail(f"unknown field {sorted(unknown)[0]!r}")
    sizes = raw.get("sizes")
    if (
        not isinstance(sizes, list)
        or not 2 <= len(sizes) <= MAX_SIZES
        or not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in sizes)
        or sizes != sorted(set(sizes))
    ):
        raise fail(f"sizes must be 2 to {MAX_SIZES} increasing whole numbers")
    if not callable(getattr(exercise.cases_module, "scaling", None)):
        raise fail("needs scaling(rng, n) in cases.py")
    growth = raw.get("expected_growth")
    if growth is not None and (isinstance(growth, bool) or not isinstance(growth, int | float)):
        raise fail("expected_growth must be a number")
    rows = raw.get("rows_arg")
    if rows is not None and (isinstance(rows, bool) or not isinstance(rows, int) or rows < 0):
        raise fail("rows_arg must be an argument's position (0 for the first)")
    return Scaling(
        tuple(sizes), str(raw.get("name", "n")), str(raw.get("reference", Scaling.reference)),
        rows, str(raw.get("expected", "")), None if growth is None else float(growth),
    )  # fmt: skip


def scaling_inputs(exercise: Exercise, scaling: Scaling) -> list[dict[str, Any]]:
    """The encoded inputs for every size, the same for every submission."""
    out = []
    for n in scaling.sizes:
        case = exercise.cases_module.scaling(np.random.default_rng(SEED + n), n)
        out.append({
            "n": n, "args": [encode(a) for a in case.get("args", [])],
            "kwargs": {k: encode(v) for k, v in case.get("kwargs", {}).items()},
        })  # fmt: skip
    return out


def fit_growth(sizes: list[int], ms: list[float]) -> float | None:
    """The least-squares slope of log(time) against log(size): t ~ n^growth."""
    points = [(math.log(n), math.log(t)) for n, t in zip(sizes, ms, strict=True) if t > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    spread = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / spread if spread else None


@dataclass
class Timing:
    ms: list[float]  # one per size timed, in order
    error: str = ""  # why timing stopped early (an exception at scale, the clock)
    failed_at: int | None = None  # the size at which the call raised


def _watch(worker: WorkerProcess, sizes: int, budget_ms: float) -> Timing:
    """Collect a timing job's figures. Our own clock bounds them: all the reported calls
    together cannot have taken longer than the time since the job was sent."""
    timing = Timing([])
    sent = time.perf_counter()
    deadline = time.monotonic() + budget_ms / 1000 + GRACE_S + 3.0  # loading included
    reported = 0.0
    while len(timing.ms) < sizes:
        try:
            message = worker.receive(max(0.0, deadline - time.monotonic()))
        except (EOFError, FrameError):
            timing.error = "the process ended"
            break
        if message is None:
            timing.error = "the time budget ran out"
            break
        event = message.get("event") if isinstance(message, dict) else None
        if event == "timed" and message.get("case") == len(timing.ms):
            ms, runs = message.get("ms"), message.get("runs")
            if not (isinstance(ms, int | float) and isinstance(runs, int) and ms > 0 and runs > 0):
                timing.error = "the timing could not be read"
                break
            reported += ms * runs
            if reported > (time.perf_counter() - sent) * 1000 * 1.05 + 1.0:
                timing.error = "the timing could not be trusted"
                break
            timing.ms.append(float(ms))
        elif event == "timing_error":
            timing.error = f"it raised {str(message.get('type', 'an error'))[:60]}"
            timing.failed_at = message.get("case") if isinstance(message.get("case"), int) else 0
            break
        elif event == "loaded":
            deadline = time.monotonic() + budget_ms / 1000 + GRACE_S
        elif event == "done":
            break
        elif event != "start":
            timing.error = "the timing could not be read"
            break
    return timing


def _job(exercise: Exercise, source: str, inputs: list[dict[str, Any]], budget_ms: float,
         judge: Judge) -> dict[str, Any]:  # fmt: skip
    return {
        "kind": "timing", "source": source, "function": exercise.function,
        "runner": getattr(exercise, "runner", "function"), "sizes": inputs, "budget_ms": budget_ms,
        "limits": {
            "memory_bytes": exercise.memory_limit_mb * 1024 * 1024,
            "cpu_seconds": min(math.ceil(budget_ms / 1000) + 5, judge.config.cpu_seconds),
            "output_bytes": judge.config.output_bytes,
        },
    }  # fmt: skip


_REFERENCE_TIMES: weakref.WeakKeyDictionary[Judge, dict[str, list[float]]] = (
    weakref.WeakKeyDictionary()
)


class SpeedCheck:
    """Timing for one submission. Its workers start when grading starts (Python and NumPy
    load while the tests run), so an accepted Submit waits only for the timing itself."""

    def __init__(self, judge: Judge, exercise: Exercise, scaling: Scaling) -> None:
        self.judge, self.exercise, self.scaling = judge, exercise, scaling
        self.reference = _REFERENCE_TIMES.setdefault(judge, {}).get(exercise.id)
        config = judge.config
        if exercise.memory_limit_mb * 1024 * 1024 > config.memory_bytes:
            config = replace(config, memory_bytes=exercise.memory_limit_mb * 1024 * 1024)
        self._config = config
        count = 1 if self.reference is not None else 2
        # On the judge's spawner thread, as every worker is (bubblewrap's --die-with-parent).
        self._workers = judge._spawner.submit(
            lambda: [WorkerProcess.start(config) for _ in range(count)]
        )

    def cancel(self) -> None:
        for worker in self._workers.result():
            worker.close()

    def run(self, source: str) -> tuple[Timing, list[float]]:
        """The submission's timing, then the reference's at the sizes the submission reached
        (kept per judge, since it does not change)."""
        inputs = scaling_inputs(self.exercise, self.scaling)
        workers = self._workers.result()
        try:
            workers[0].wait_ready(20.0)
            workers[0].send_job(_job(self.exercise, source, inputs, BUDGET_MS, self.judge))
            timing = _watch(workers[0], len(inputs), BUDGET_MS)
            workers[0].close()
            wanted = max(1, len(timing.ms))
            if self.reference is None or len(self.reference) < wanted:
                reference = workers[-1] if len(workers) > 1 else self._another()
                reference.wait_ready(20.0)
                job = _job(self.exercise, self.exercise.reference_source, inputs[:wanted],
                           REFERENCE_BUDGET_MS, self.judge)  # fmt: skip
                reference.send_job(job)
                self.reference = _watch(reference, wanted, REFERENCE_BUDGET_MS).ms
                reference.close()
                _REFERENCE_TIMES[self.judge][self.exercise.id] = self.reference
            return timing, self.reference
        finally:
            self.cancel()

    def _another(self) -> WorkerProcess:
        worker = self.judge._spawner.submit(WorkerProcess.start, self._config).result()
        self._workers.result().append(worker)
        return worker

    def measure(self, source: str | bytes) -> dict[str, Any] | None:
        """The `"performance"` figures for an accepted submission, or None when timing could
        not run (the verdict stands either way)."""
        try:
            return _figures(self, source)
        except (OSError, RuntimeError, ValueError, ExerciseError):
            return None


def speed_check(judge: Judge, exercise: Exercise) -> SpeedCheck | None:
    """A SpeedCheck for an exercise with a scaling case, its workers starting; else None."""
    try:
        scaling = scaling_of(exercise)
    except (OSError, ValueError):
        return None
    return None if scaling is None else SpeedCheck(judge, exercise, scaling)


def _figures(check: SpeedCheck, source: str | bytes) -> dict[str, Any]:
    scaling = check.scaling
    if isinstance(source, bytes):
        source = source.decode("utf-8", errors="replace").removeprefix("\ufeff")
    started = time.perf_counter()
    timing, reference = check.run(source)
    common = min(len(timing.ms), len(reference))
    sizes = list(scaling.sizes[:common])
    ms, reference_ms = timing.ms[:common], reference[:common]
    findings = find_slow_patterns(source, check.exercise.function, scaling.rows_arg)
    figures: dict[str, Any] = {
        "sizes": sizes,
        "ms": [round(t, 3) for t in ms],
        "reference_ms": [round(t, 3) for t in reference_ms],
        "growth": _rounded(fit_growth(sizes, ms)),
        "reference_growth": _rounded(fit_growth(sizes, reference_ms)),
        "ratio": round(ms[-1] / reference_ms[-1], 2) if common and reference_ms[-1] > 0 else None,
        "size_name": scaling.name,
        "patterns": [f.to_json() for f in findings],
    }
    if scaling.expected:
        figures["expected"] = scaling.expected
        figures["expected_growth"] = scaling.expected_growth
    figures["note"] = describe(figures, scaling, timing, reference)
    figures["timing_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return figures


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def describe(
    figures: dict[str, Any], scaling: Scaling, timing: Timing, reference: list[float]
) -> str:
    """One sentence (or two) a user reads under "Accepted"."""
    name = scaling.name
    if not figures["sizes"]:
        first = scaling.sizes[0]
        if timing.failed_at is not None:
            size = scaling.sizes[min(timing.failed_at, len(scaling.sizes) - 1)]
            return f"correct; could not be timed at {name} = {size:,}: {timing.error}"
        ref = f" (the reference: {reference[0]:.1f} ms)" if reference else ""
        return (
            f"correct; too slow to time: over {BUDGET_MS:.0f} ms at {name} = {first:,}{ref}"
            + _why(figures)
        )
    size, ratio = figures["sizes"][-1], figures["ratio"] or 1.0
    if ratio >= 1.5:
        speed = (
            f"{ratio:.0f}x slower than {scaling.reference}"
            if ratio >= 10
            else f"{ratio:.1f}x slower than {scaling.reference}"
        )
    elif ratio <= 1 / 1.5:
        speed = f"{1 / ratio:.1f}x faster than {scaling.reference}"
    else:
        speed = f"about as fast as {scaling.reference}"
    text = f"correct; {speed} at {name} = {size:,}"
    growth, ref_growth = figures["growth"], figures["reference_growth"]
    if growth is not None:
        text += f", growing like {name}^{growth:.1f}"
        if ref_growth is not None:
            text += f" (the reference: {name}^{ref_growth:.1f})"
    if scaling.expected and growth is not None and scaling.expected_growth is not None:
        if growth > scaling.expected_growth + 0.5:
            text += f"; an {scaling.expected} solution exists"
        else:
            text += f", as an {scaling.expected} solution should"
    slow = ratio >= SLOW_RATIO or (
        scaling.expected_growth is not None
        and growth is not None
        and growth > scaling.expected_growth + 0.5
    )
    return text + (_why(figures) if slow else "")


def _why(figures: dict[str, Any]) -> str:
    patterns = figures["patterns"]
    if not patterns:
        return ""
    return ". Why: " + "; ".join(f"line {p['line']}: {p['message']}" for p in patterns[:3])
