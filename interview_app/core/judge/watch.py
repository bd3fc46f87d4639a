"""Following one sandboxed worker's messages against the clock, test by test.

The worker only ever sends data; each result is decoded and judged here by the exercise's
checker, in the trusted grader process (see grader.py, which starts the job).
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import time
from collections.abc import Callable
from typing import Any

from interview_app.core.judge.cases import Case
from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.mistakes import recognise_mistake
from interview_app.core.judge.sandbox.codec import DecodeError, decode
from interview_app.core.judge.sandbox.protocol import FrameError
from interview_app.core.judge.verdicts import GradeResult, Status, TestResult, Verdict
from interview_app.core.judge.worker_process import WorkerProcess

LOAD_LIMIT_S = 3.0
MAX_RESULT_BYTES = 8 * 1024 * 1024
MAX_OUTPUT_SHOWN = 2000
EXIT_WAIT_S = 0.5  # how long a worker whose pipe closed gets to report its own exit status
OUTPUT_POLL_S = 0.05  # how often the size of the worker's OS-level output is checked
NOT_IMPLEMENTED = "NotImplementedError"
MISTAKE_BUDGET_MS = 300.0  # known mistakes are replayed only where the reference took less
Progress = Callable[[int, int], None]  # (tests finished, total)


def shorten(text: str, limit: int = MAX_OUTPUT_SHOWN) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n... (output truncated: only the first {limit} characters are shown)"


class Run:
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
        return shorten(text)
    return ""


def _printed_chars(message: dict[str, Any]) -> int:
    output = message.get("output")
    if isinstance(output, list) and len(output) == 2 and isinstance(output[1], int):
        return output[1]
    return 0
