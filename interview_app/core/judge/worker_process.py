"""Starting, talking to and killing one sandboxed worker process (grader side).

The worker is started in its own session (so the whole group can be killed), with a clean
environment, `python -I -B`, stdin from /dev/null, its output going to a capped file in a
private scratch directory, and two pipes: jobs in, results out. No preexec_fn: the grader may
run in a threaded GUI process.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview_app.core.judge.sandbox import protocol

SANDBOX_DIR = Path(__file__).resolve().parent / "sandbox"
THREAD_VARS = (
    "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS",
)  # fmt: skip


@dataclass(frozen=True)
class WorkerConfig:
    memory_bytes: int = 1024 * 1024 * 1024
    cpu_seconds: int = 30
    output_bytes: int = 1024 * 1024
    landlock: bool = True
    seccomp: bool = True
    namespaces: bool = True
    scratch_bytes: int = 16 * 1024 * 1024
    scratch_root: str | None = None  # where scratch directories are made (default: the temp dir)


@functools.cache
def bubblewrap() -> tuple[str | None, str]:
    """The bwrap binary if it is installed and allowed to create namespaces here, and why not."""
    path = shutil.which("bwrap")
    if path is None:
        return None, "bubblewrap is not installed (Debian/Ubuntu: apt install bubblewrap)"
    scratch = Path(tempfile.mkdtemp(prefix="interview-app-probe-"))
    try:
        # The probe runs this very interpreter inside the same mounts the worker will get.
        probe = subprocess.run(
            [*_namespace_prefix(path, scratch, 1024 * 1024), sys.executable, "-I", "-c", "import numpy"],
            capture_output=True, timeout=30, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"bubblewrap cannot run: {exc}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if probe.returncode != 0:
        reason = probe.stderr.decode(errors="replace").strip().splitlines()[-1:] or [
            "unknown error"
        ]
        return None, f"bubblewrap cannot create namespaces here: {reason[0]}"
    return (
        path,
        "bubblewrap namespaces (no network, own PID namespace, read-only files, capped tmpfs)",
    )


def _namespace_prefix(bwrap: str, scratch: Path, size: int) -> list[str]:
    return [
        bwrap, "--unshare-all", "--die-with-parent", "--new-session",
        "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
        "--size", str(size), "--tmpfs", str(scratch), "--chdir", str(scratch), "--",
    ]  # fmt: skip


def clean_environment() -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"}
    env.update({name: "1" for name in THREAD_VARS})
    if sys.platform == "win32" and "SYSTEMROOT" in os.environ:
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    return env


@dataclass
class WorkerProcess:
    process: subprocess.Popen
    scratch: Path
    job_fd: int
    result_fd: int
    output_fd: int
    namespaced: bool = False
    ready: dict[str, Any] | None = None
    closed: bool = field(default=False)

    @classmethod
    def start(cls, config: WorkerConfig) -> WorkerProcess:
        scratch = Path(tempfile.mkdtemp(prefix="interview-app-judge-", dir=config.scratch_root))
        job_r, job_w = os.pipe()
        result_r, result_w = os.pipe()
        output_fd = os.open(scratch / "output.txt", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        settings = {
            "job_fd": job_r, "result_fd": result_w, "memory_bytes": config.memory_bytes,
            "cpu_seconds": config.cpu_seconds, "output_bytes": config.output_bytes,
            "landlock": config.landlock, "seccomp": config.seccomp, "scratch": str(scratch),
        }  # fmt: skip
        command = [sys.executable, "-I", "-B", str(SANDBOX_DIR / "worker.py"), json.dumps(settings)]
        bwrap = bubblewrap()[0] if config.namespaces and sys.platform.startswith("linux") else None
        if bwrap:
            command = _namespace_prefix(bwrap, scratch, config.scratch_bytes) + command
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL, stdout=output_fd, stderr=output_fd,
                cwd=scratch, env=clean_environment(), pass_fds=(job_r, result_w),
                start_new_session=True, close_fds=True,
            )  # fmt: skip
        finally:
            os.close(job_r)
            os.close(result_w)
        return cls(process, scratch, job_w, result_r, output_fd, namespaced=bool(bwrap))

    def wait_ready(self, timeout: float) -> dict[str, Any]:
        """The worker's report of its sandbox layers, sent before any submission runs."""
        if self.ready is None:
            try:
                message = self.receive(timeout)
            except (EOFError, protocol.FrameError):
                message = None
            if not isinstance(message, dict) or message.get("event") != "ready":
                output = self.output_text(2000).strip() or "no output"
                raise RuntimeError(f"the judge's worker did not start ({output})")
            self.ready = message
        return self.ready

    def send_job(self, job: dict[str, Any]) -> None:
        protocol.send(self.job_fd, job)
        os.close(self.job_fd)
        self.job_fd = -1

    def receive(self, timeout: float, limit: int = protocol.MAX_FRAME) -> Any:
        """The next message, or None on timeout. Raises EOFError when the worker is gone."""
        readable, _, _ = select.select([self.result_fd], [], [], max(0.0, timeout))
        if not readable:
            return None
        return protocol.receive(self.result_fd, limit)

    def output_text(self, limit: int) -> str:
        """What the worker printed at the OS level (read through our own descriptor)."""
        data = os.pread(self.output_fd, limit, 0)
        return data.decode("utf-8", errors="replace")

    def output_size(self) -> int:
        return os.fstat(self.output_fd).st_size

    def kill(self) -> int | None:
        """Kill the worker's process group and every descendant; returns its exit status."""
        if self.process.poll() is None:
            family = _descendants(self.process.pid)
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                self.process.kill()
            for pid in family:  # inside bubblewrap, in sessions of their own
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return None
        if self.namespaced and code > 128:
            return -(code - 128)  # bwrap reports a child killed by signal N as 128 + N
        return code

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.kill()
        for fd in (self.job_fd, self.result_fd, self.output_fd):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        # rmtree does not follow symlinks the submission may have planted.
        shutil.rmtree(self.scratch, ignore_errors=True)


def _descendants(pid: int) -> list[int]:
    """Children, grandchildren, ... of `pid` (Linux; empty elsewhere)."""
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as children:
                    kids = [int(k) for k in children.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(kids)
            queue.extend(kids)
    return found
