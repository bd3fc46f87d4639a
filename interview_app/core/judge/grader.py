"""The grader: sends a submission to a sandboxed worker, watches the clock, judges each result.

Expected values are computed here, in the trusted process, while the worker runs. The worker
only ever sends data; whether a test passes is decided here by the exercise's checker.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from interview_app.core.judge.cases import Case, build_cases, expected_with_times
from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.mistakes import recognise_mistake
from interview_app.core.judge.sandbox.codec import DecodeError, decode
from interview_app.core.judge.sandbox.protocol import FrameError
from interview_app.core.judge.verdicts import GradeResult, Status, TestResult, Verdict
from interview_app.core.judge.worker_process import WorkerConfig, WorkerProcess, bubblewrap

MAX_SOURCE_BYTES = 64 * 1024
LOAD_LIMIT_S = 3.0
START_LIMIT_S = 20.0  # a cold worker importing NumPy on a busy machine
MAX_RESULT_BYTES = 8 * 1024 * 1024
MAX_OUTPUT_SHOWN = 2000
EXIT_WAIT_S = 0.5  # how long a worker whose pipe closed gets to report its own exit status
OUTPUT_POLL_S = 0.05  # how often the size of the worker's OS-level output is checked
NOT_IMPLEMENTED = "NotImplementedError"
MISTAKE_BUDGET_MS = 300.0  # known mistakes are replayed only where the reference took less
PR_SET_DUMPABLE = 4
Progress = Callable[[int, int], None]  # (tests finished, total)


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
            run = _Run(exercise, cases, expected, worker, on_progress, limits)
            run.reference_ms = reference_ms  # a known mistake is only looked for on quick cases
            result = run.watch()
            result.layers = dict(self.last_layers)
            if not result.output:
                result.output = _shorten(worker.output_text(MAX_OUTPUT_SHOWN + 1))
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


def _shorten(text: str, limit: int = MAX_OUTPUT_SHOWN) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n... (output truncated: only the first {limit} characters are shown)"


class _Run:
    """Follows one worker's messages against the clock and turns them into test results."""

    def __init__(self, exercise: Exercise, cases: list[Case], expected: list[Any],
                 worker: WorkerProcess, on_progress: Progress | None,
                 limits: dict[str, int]) -> None:  # fmt: skip
        self.exercise, self.cases, self.expected = exercise, cases, expected
        self.worker, self.on_progress = worker, on_progress
        self.tests = [TestResult(c.name, c.visible) for c in cases]
        self.result = GradeResult(exercise.id, Verdict.ACCEPTED, self.tests)
        self.limit_s = exercise.time_limit_ms / 1000
        self.output_limit = limits["output_bytes"]
        self.current: int | None = None  # the case running now; None while loading
        self.deadline = time.monotonic() + LOAD_LIMIT_S
        self.case_started = time.perf_counter()
        self.finished = False
        self.reference_ms: list[float] = []
        self.got: dict[int, Any] = {}  # decoded results of failed tests, to recognise mistakes

    def watch(self) -> GradeResult:
        while not self.finished:
            if self.worker.output_size() >= self.output_limit:
                running = self.current
                self._drain()  # the test that was running when the cap was passed gets it
                self._over_output(running)
                break
            wait = min(self.deadline - time.monotonic(), OUTPUT_POLL_S)
            try:
                message = self.worker.receive(wait, MAX_RESULT_BYTES)
            except EOFError:
                self._died()
                break
            except FrameError as exc:
                self._fail_current(Verdict.OUTPUT_LIMIT_EXCEEDED if "limit" in str(exc) else Verdict.RUNTIME_ERROR,
                                   f"the returned data could not be accepted: {exc}")  # fmt: skip
                break
            if message is None:
                if time.monotonic() >= self.deadline:
                    self._timed_out()
                    break
                continue
            self._handle(message)
        self._conclude()
        return self.result

    def _drain(self) -> None:
        """Handle the messages already sent, without waiting for more."""
        with contextlib.suppress(EOFError, FrameError):
            while not self.finished:
                message = self.worker.receive(0, MAX_RESULT_BYTES)
                if message is None:
                    return
                self._handle(message)

    def _over_output(self, running: int | None = None) -> None:
        """Printed past the cap at the OS level (os.write, a C library): stopped at once."""
        self.worker.kill()
        if running is not None:
            self.current = running
        self._fail_current(
            Verdict.OUTPUT_LIMIT_EXCEEDED,
            f"printed more than {self.output_limit // 1024} KiB of output",
        )

    def _handle(self, message: Any) -> None:
        event = message.get("event") if isinstance(message, dict) else None
        if event == "output_limit" and message.get("case") == self.current:
            self.result.output = self.result.output or _output_of(message)
            self._over_output(self.current)
            self.finished = True
        elif event == "sandbox_error" and self.current is None:
            self._whole(
                Verdict.INTERNAL_ERROR,
                f"the sandbox could not be set up: {message.get('message', '')}"[:500],
            )
        elif event == "compile_error" and self.current is None:
            self._whole(Verdict.COMPILE_ERROR, str(message.get("message", ""))[:2000])
        elif event == "load_error" and self.current is None:
            error = message.get("error") or {}
            verdict = (
                Verdict.MEMORY_LIMIT_EXCEEDED
                if error.get("type") == "MemoryError"
                else Verdict.RUNTIME_ERROR
            )
            self._whole(
                verdict, "while loading the solution:\n" + str(error.get("traceback", ""))[:3000]
            )
            self.result.output = _output_of(message)
        elif event == "loaded" and self.current is None:
            self.result.output = _output_of(message)
            self._begin(0)
        elif (
            event == "start"
            and message.get("case") == self.current
            and self.current < len(self.cases)
        ):
            self.deadline = time.monotonic() + self.limit_s
        elif (
            event == "result"
            and message.get("case") == self.current
            and self.current < len(self.cases)
        ):
            self._judge(self.current, message)
            self._begin(self.current + 1)
        elif event == "done" and self.current == len(self.cases):
            self.finished = True
        else:
            self._fail_current(
                Verdict.RUNTIME_ERROR, "the solution interfered with the test harness"
            )
            self.finished = True

    def _begin(self, index: int) -> None:
        self.current = index
        self.case_started = time.perf_counter()
        self.deadline = time.monotonic() + self.limit_s
        if self.on_progress is not None:
            self.on_progress(index, len(self.cases))

    def _judge(self, index: int, message: dict[str, Any]) -> None:
        test = self.tests[index]
        # The worker's own timing is more precise; our clock bounds it, since it cannot be trusted.
        elapsed = (time.perf_counter() - self.case_started) * 1000
        reported = message.get("ms")
        valid = isinstance(reported, int | float) and 0 <= reported <= elapsed
        test.duration_ms = float(reported) if valid else elapsed
        test.output = _output_of(message)
        shown = self.exercise.kind == "sql" and test.visible  # hidden data stays hidden
        if shown:
            test.expected = _table(self.expected[index])
        if (
            _printed_chars(message) > self.output_limit
            or self.worker.output_size() >= self.output_limit
        ):
            # Written before the result was sent (os.write, a C library), so already on record.
            test.status, test.reason = Status.ERROR, Verdict.OUTPUT_LIMIT_EXCEEDED
            test.message = f"printed more than {self.output_limit // 1024} KiB"
            return
        status = message.get("status")
        if status == "ok":
            try:
                got = decode(message.get("value"))
            except (DecodeError, ValueError, TypeError) as exc:
                test.status, test.reason = Status.ERROR, Verdict.RUNTIME_ERROR
                test.message = f"the returned value could not be read: {exc}"
                return
            if shown:
                test.got = _table(got)
            # For the picture (judge/pictures.py): the inputs, the expected value and this one.
            self.result.outputs[index] = (self.cases[index], self.expected[index], got)
            inputs = self.cases[index].inputs() if self.exercise.wants_case else None
            problem = self.exercise.checker(self.expected[index], got, inputs)
            changed = message.get("changed_inputs")
            if not problem and changed and not self.exercise.inputs_may_change:
                which = ", ".join(str(int(n) + 1) for n in changed if isinstance(n, int))
                problem = f"the function modified its input argument {which}; it must leave its inputs unchanged"
            test.status = Status.FAILED if problem else Status.PASSED
            test.message = problem or ""
            if problem:
                test.reason = Verdict.WRONG_ANSWER
                self.got[index] = got
            return
        error = message.get("error") or {}
        test.status = Status.ERROR
        if status == "complex":
            test.status, test.reason = Status.FAILED, Verdict.WRONG_ANSWER
            test.message = (
                f"{str(message.get('message', ''))[:200]}: the answer must be real. "
                "np.linalg.eig can return complex values; for a symmetric matrix use np.linalg.eigh"
            )
        elif status == "too_many_rows":
            test.reason, test.message = (
                Verdict.OUTPUT_LIMIT_EXCEEDED,
                str(message.get("message", ""))[:300],
            )
        elif status == "not_an_answer":
            test.reason, test.message = Verdict.RUNTIME_ERROR, str(message.get("message", ""))[:500]
        elif error.get("type") == "MemoryError":
            test.reason, test.message = (
                Verdict.MEMORY_LIMIT_EXCEEDED,
                "MemoryError: the memory limit was hit",
            )
        else:
            test.reason, test.message = (
                Verdict.RUNTIME_ERROR,
                str(error.get("traceback", ""))[:3000],
            )

    def _whole(self, verdict: Verdict, message: str) -> None:
        self.result.verdict, self.result.message = verdict, message
        self.finished = True

    def _fail_current(self, verdict: Verdict, message: str) -> None:
        if self.current is None or self.current >= len(self.tests):
            self._whole(verdict, message)
            return
        test = self.tests[self.current]
        test.status = Status.TIMEOUT if verdict is Verdict.TIME_LIMIT_EXCEEDED else Status.ERROR
        test.reason, test.message = verdict, message
        test.duration_ms = (time.perf_counter() - self.case_started) * 1000

    def _timed_out(self) -> None:
        self.worker.kill()
        if self.current is None:
            self._whole(
                Verdict.TIME_LIMIT_EXCEEDED,
                f"loading the solution took longer than {LOAD_LIMIT_S:g} s",
            )
        else:
            self._fail_current(Verdict.TIME_LIMIT_EXCEEDED, f"took longer than {self.limit_s:g} s")

    def _died(self) -> None:
        # Its pipe can close a moment before its exit status is known: wait for that status
        # rather than kill a process that is already ending (a kill would read as a timeout).
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.worker.process.wait(timeout=EXIT_WAIT_S)
        code = self.worker.kill()
        if code is not None and code < 0 and -code in (signal.SIGXCPU, signal.SIGKILL):
            verdict, message = Verdict.TIME_LIMIT_EXCEEDED, "the CPU time limit was hit"
        elif code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            verdict, message = Verdict.RUNTIME_ERROR, f"the process crashed ({name})"
        else:
            verdict, message = Verdict.RUNTIME_ERROR, f"the process exited (exit code {code})"
        self._fail_current(verdict, message)

    def _conclude(self) -> None:
        if self.on_progress is not None:
            self.on_progress(len(self.cases), len(self.cases))
        if self.result.verdict is not Verdict.ACCEPTED:
            return  # decided for the whole submission
        failed = [t for t in self.tests if t.status is not Status.PASSED]
        if not failed:
            return
        first = failed[0]
        index = self.tests.index(first)
        if first.status is Status.TIMEOUT and self.cases[index].large and index > 0:
            first.message = self._too_slow(index)
        elif index in self.got and not self.cases[index].large and self._quick(index):
            note = recognise_mistake(self.exercise, self.cases[index], self.got[index])
            if note:
                first.message = f"{first.message}\n{note}"
        self.result.verdict = first.reason or Verdict.RUNTIME_ERROR
        self.result.message = f"{first.name}: {first.message}".strip()
        if all(NOT_IMPLEMENTED in t.message for t in failed if t.status is Status.ERROR) and (
            NOT_IMPLEMENTED in first.message
        ):
            self._not_implemented(failed)

    def _quick(self, index: int) -> bool:
        """Whether our own code runs this case fast enough to try the known mistakes on it."""
        return index < len(self.reference_ms) and self.reference_ms[index] < MISTAKE_BUDGET_MS

    def _too_slow(self, index: int) -> str:
        """A timeout on the large hidden case after every smaller test passed: correct, slow."""
        passed = sum(t.status is Status.PASSED for t in self.tests[:index])
        better = (
            f": an {self.exercise.complexity} solution exists"
            if self.exercise.complexity
            else ": a more efficient algorithm exists"
        )
        return (
            f"correct on the {passed} smaller tests, but too slow on this large input: it took "
            f"longer than {self.limit_s:g} s{better}"
        )

    def _not_implemented(self, failed: list[TestResult]) -> None:
        """The starter's `raise NotImplementedError`: said once, not once per test."""
        name = self.exercise.function or "the solution"
        self.result.message = (
            f"{name}() raises NotImplementedError: the starter code has not been filled in yet"
        )
        for test in failed[1:]:
            if test.status is Status.ERROR:
                test.status, test.message = (
                    Status.NOT_RUN,
                    "not run: the function is not written yet",
                )


def _table(value: Any) -> dict[str, Any] | None:
    """A query result as plain columns and rows, or None when it is not one."""
    if not isinstance(value, dict) or not {"columns", "rows"} <= set(value):
        return None
    return {"columns": [str(c) for c in value["columns"]], "rows": [list(r) for r in value["rows"]]}


def _output_of(message: dict[str, Any]) -> str:
    output = message.get("output")
    if isinstance(output, list) and len(output) == 2 and isinstance(output[0], str):
        text, total = output[0], output[1] if isinstance(output[1], int) else 0
        if total > len(text):
            return text[:MAX_OUTPUT_SHOWN] + f"\n... (output truncated: {total} characters printed)"
        return _shorten(text)
    return ""


def _printed_chars(message: dict[str, Any]) -> int:
    output = message.get("output")
    if isinstance(output, list) and len(output) == 2 and isinstance(output[1], int):
        return output[1]
    return 0
