"""The grader: builds a submission's tests, sends them to a sandboxed worker and collects the
verdict, keeping one worker pre-started for the next submission.

Expected values are computed here, in the trusted process, while the worker runs; watch.py
follows the worker test by test and judges each result with the exercise's checker.
"""

from __future__ import annotations

import ctypes
import math
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from interview_app.core.judge.cases import build_cases, expected_with_times
from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.verdicts import GradeResult, Verdict
from interview_app.core.judge.watch import MAX_OUTPUT_SHOWN, Progress, Run, shorten
from interview_app.core.judge.worker_process import WorkerConfig, WorkerProcess, bubblewrap

MAX_SOURCE_BYTES = 64 * 1024
START_LIMIT_S = 20.0  # a cold worker importing NumPy on a busy machine
PR_SET_DUMPABLE = 4


def make_non_dumpable() -> tuple[bool, str]:
    """Stop other processes of this user (a submission, say) from reading the grader's memory."""
    if not sys.platform.startswith("linux"):
        return False, "the grader process cannot be made non-dumpable on this platform"
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False, "prctl(PR_SET_DUMPABLE) failed"
    return True, "the grader process is non-dumpable"


class Judge:
    """Grades submissions one at a time, keeping one pre-started worker ready for the next."""

    measure_speed = True  # time accepted submissions that have a scaling case (performance.py)

    def __init__(self, config: WorkerConfig | None = None, rng: random.Random | None = None,
                 keep_warm: bool = True) -> None:  # fmt: skip
        self.config = config or WorkerConfig()
        self._rng = rng or random.SystemRandom()
        self._keep_warm = keep_warm
        self._warm: WorkerProcess | None = None
        self._lock = threading.Lock()
        # Workers are always started from this one long-lived thread: bubblewrap's
        # --die-with-parent kills a worker when the *thread* that started it ends.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="judge-spawner")
        self._closed = False
        self.last_layers: dict[str, bool] = {}
        self.last_notes: list[str] = []
        self.last_served_by: int | None = None  # the worker process that ran the last job

    def _ensure_warm(self) -> None:
        """On the spawner thread only; the lock is never held while waiting for that thread."""
        with self._lock:
            if self._warm is None and self._keep_warm and not self._closed:
                self._warm = WorkerProcess.start(self.config)

    def _start(self, config: WorkerConfig) -> WorkerProcess:
        return self._spawner.submit(WorkerProcess.start, config).result()

    def prepare(self) -> None:
        """Start a worker now so the next submission does not wait for Python and NumPy."""
        if not self._closed:
            self._spawner.submit(self._ensure_warm).result()

    def wait_warm(self, timeout: float = START_LIMIT_S) -> dict[str, Any]:
        """Block until the pre-started worker has locked itself down; returns its layer report."""
        self.prepare()
        with self._lock:
            worker = self._warm
        if worker is None:
            return {}
        ready = worker.wait_ready(timeout)
        self._note_layers(worker, ready)
        return ready

    def _note_layers(self, worker: WorkerProcess, ready: dict[str, Any]) -> None:
        """Layers as the worker reported them before any submission ran, plus the grader's own."""
        layers = {
            "trust_split": True,
            **{str(k): bool(v) for k, v in dict(ready["layers"]).items()},
        }
        notes = [str(n) for n in ready["notes"]]
        layers["namespaces"] = worker.namespaced
        notes.append(bubblewrap()[1] if self.config.namespaces else "namespaces turned off")
        layers["non_dumpable"], note = make_non_dumpable()
        notes.append(note)
        self.last_layers, self.last_notes = layers, notes

    def close(self) -> None:
        self._closed = True
        with self._lock:
            if self._warm is not None:
                self._warm.close()
                self._warm = None
        self._spawner.shutdown(wait=True)

    def warm_pid(self) -> int | None:
        """The pre-started worker's process id, if one is running."""
        with self._lock:
            return self._warm.process.pid if self._warm is not None else None

    def _take_worker(self, config: WorkerConfig) -> WorkerProcess:
        """The pre-started worker (any exercise's limits fit in its ceilings), else a new one."""
        with self._lock:
            warm, self._warm = self._warm, None
        if warm is not None and config == self.config and warm.process.poll() is None:
            return warm
        if warm is not None:
            warm.close()
        return self._start(config)

    def grade(self, exercise: Exercise, source: str | bytes, visible_only: bool = False,
              seed: int | None = None, on_progress: Progress | None = None) -> GradeResult:  # fmt: skip
        started = time.perf_counter()
        speed = None
        if not visible_only and self.measure_speed:
            from interview_app.core.judge.performance import speed_check

            speed = speed_check(self, exercise)  # its workers start while the tests run
        try:
            result = self._grade(exercise, source, visible_only, seed, on_progress)
            if speed is not None and result.accepted:
                result.performance = speed.measure(source)  # informs; the verdict stands
        except Exception as exc:
            result = GradeResult(
                exercise.id, Verdict.INTERNAL_ERROR, message=f"the grader failed: {exc!r}"
            )
        finally:
            if speed is not None:
                speed.cancel()
        result.duration_ms = (time.perf_counter() - started) * 1000
        if self._keep_warm:
            # The next worker starts (Python, NumPy, lock-down) while the user reads this result.
            self._spawner.submit(self._ensure_warm)
        return result

    def _grade(self, exercise: Exercise, source: str | bytes, visible_only: bool, seed: int | None,
               on_progress: Progress | None) -> GradeResult:  # fmt: skip
        text, problem = _check_source(source)
        if problem:
            return GradeResult(exercise.id, Verdict.COMPILE_ERROR, message=problem)
        seed = self._rng.randrange(2**32) if seed is None else seed
        cases = build_cases(exercise, seed, visible_only)
        limits = job_limits(exercise, len(cases), self.config)
        config = self.config
        if limits["memory_bytes"] > config.memory_bytes:  # an exercise above the usual ceiling
            config = replace(config, memory_bytes=limits["memory_bytes"])
        worker = self._take_worker(config)
        self.last_served_by = worker.process.pid
        try:
            self._note_layers(worker, worker.wait_ready(START_LIMIT_S))
            worker.send_job({
                "source": text, "function": exercise.function, "limits": limits,
                "kind": exercise.kind, "runner": exercise.runner,
                "cases": [{"args": c.args, "kwargs": c.kwargs} for c in cases],
                "check_inputs": not exercise.inputs_may_change,
            })  # fmt: skip
            expected, reference_ms = expected_with_times(exercise, cases)
            run = Run(exercise, cases, expected, worker, on_progress, limits)
            run.reference_ms = reference_ms  # a known mistake is only looked for on quick cases
            result = run.watch()
            result.layers = dict(self.last_layers)
            if not result.output:
                result.output = shorten(worker.output_text(MAX_OUTPUT_SHOWN + 1))
            return result
        finally:
            worker.close()


def job_limits(exercise: Exercise, cases: int, ceiling: WorkerConfig) -> dict[str, int]:
    """What one job may use, applied by the worker itself when the job arrives."""
    cpu = math.ceil(exercise.time_limit_ms * cases / 1000) + 5
    return {
        "memory_bytes": exercise.memory_limit_mb * 1024 * 1024,
        "cpu_seconds": min(cpu, ceiling.cpu_seconds),
        "output_bytes": ceiling.output_bytes,
    }


def _check_source(source: str | bytes) -> tuple[str, str | None]:
    if isinstance(source, bytes):
        if len(source) > MAX_SOURCE_BYTES:
            return "", f"the source is larger than {MAX_SOURCE_BYTES // 1024} KiB"
        try:
            source = source.decode("utf-8")
        except UnicodeDecodeError as exc:
            return "", f"the source is not UTF-8 text (byte {exc.start} cannot be read)"
        source = source.removeprefix("\ufeff")
    if len(source.encode("utf-8", errors="replace")) > MAX_SOURCE_BYTES:
        return "", f"the source is larger than {MAX_SOURCE_BYTES // 1024} KiB"
    if "\x00" in source:
        line = source.count("\n", 0, source.index("\x00")) + 1
        return "", f"line {line}: the source contains a NUL byte"
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return "", "the source contains characters that are not valid Unicode"
    return source, None
