"""MathChecker: keeps one checker process ready, bounds every check by a deadline, and replaces
the process when a check runs over (the answer is then "undetermined")."""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from interview_app.core.maths.equivalence import Spec

DEADLINE_S = 4.5  # every call returns within 5 s (the contract), starting included
MEMORY_BYTES = 1024 * 1024 * 1024
_PACKAGE_PARENT = str(Path(__file__).resolve().parents[3])
_BOOT = (
    "import sys\n"
    "try:\n"
    "    import resource\n"
    f"    resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_BYTES}, {MEMORY_BYTES}))\n"
    "except ImportError:\n"
    "    pass  # no rlimits on this platform; the deadline still bounds every check\n"
    f"sys.path.insert(0, {_PACKAGE_PARENT!r})\n"
    "import sympy, mpmath\n"
    "from interview_app.core.maths.service import serve\n"
    "serve()\n"
)


class MathChecker:
    def __init__(self, deadline_s: float = DEADLINE_S) -> None:
        self.deadline_s = deadline_s
        self._process: subprocess.Popen | None = None
        self._ready = False  # the current process has said it is ready
        self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen:
        env = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1"}
        if "SYSTEMROOT" in os.environ:
            env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
        return subprocess.Popen(
            [sys.executable, "-I", "-B", "-c", _BOOT],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=env, text=True, start_new_session=True,
        )  # fmt: skip

    def prepare(self) -> None:
        """Start the checker process now (importing sympy takes a moment)."""
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process, self._ready = self._start(), False

    def close(self) -> None:
        with self._lock:
            if self._process is not None:
                _discard(self._process)
                self._process = None

    def check(self, spec: Spec, answer: str) -> dict[str, Any]:
        """Contract-shaped result: verdict, parsed, message, duration_ms."""
        started = time.perf_counter()
        deadline = started + self.deadline_s
        with self._lock:
            reply = self._ask(spec, answer, deadline)
        reply["duration_ms"] = round((time.perf_counter() - started) * 1000, 3)
        return reply

    def _ask(self, spec: Spec, answer: str, deadline: float) -> dict[str, Any]:
        if self._process is None or self._process.poll() is not None:
            self._process, self._ready = self._start(), False
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        try:
            if not self._ready:
                if not self._wait_line(process, deadline):
                    raise TimeoutError
                self._ready = True
            process.stdin.write(json.dumps({"spec": spec.to_json(), "answer": answer}) + "\n")
            process.stdin.flush()
            line = self._wait_line(process, deadline)
            if not line:
                raise TimeoutError
            reply = json.loads(line)
        except (TimeoutError, BrokenPipeError, json.JSONDecodeError, OSError):
            _discard(process)
            self._process = None
            return {
                "verdict": "undetermined",
                "parsed": "",
                "message": "no decision within the time limit",
            }
        if not isinstance(reply, dict) or reply.get("verdict") not in (
            "correct",
            "incorrect",
            "invalid",
            "undetermined",
        ):
            return {
                "verdict": "undetermined",
                "parsed": "",
                "message": "the checker gave no answer",
            }
        return reply

    def _wait_line(self, process: subprocess.Popen, deadline: float) -> str | None:
        assert process.stdout is not None
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            return None
        readable, _, _ = select.select([process.stdout], [], [], remaining)
        return (process.stdout.readline() or None) if readable else None


def _discard(process: subprocess.Popen) -> None:
    process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):  # a half-written request to a killed process
                pipe.close()
