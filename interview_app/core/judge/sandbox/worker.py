"""The sandboxed worker: started by the grader as `python -I -B worker.py CONFIG_JSON`.

It imports NumPy, then locks itself down (limits, Landlock, seccomp), reports which layers are
active, and waits for exactly one job. Everything before the job is our code; from the job on
the process is the submission's, and the grader trusts nothing it says.
"""

from __future__ import annotations

import json
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.setrecursionlimit(4000)

# Imported now so that submissions find them ready (and fast) once file access is closed.
import bisect  # noqa: E402, F401
import collections  # noqa: E402, F401
import functools  # noqa: E402, F401
import heapq  # noqa: E402, F401
import itertools  # noqa: E402, F401
import math  # noqa: E402, F401
import random  # noqa: E402, F401
import re  # noqa: E402, F401
import resource  # noqa: E402
import statistics  # noqa: E402, F401
import string  # noqa: E402, F401
import typing  # noqa: E402, F401

import harness  # noqa: E402
import landlock  # noqa: E402
import numpy  # noqa: E402
import numpy.linalg  # noqa: E402
import numpy.random  # noqa: E402
import protocol  # noqa: E402
import seccomp_filter  # noqa: E402
import timing  # noqa: E402

_LAST_VM_SIZE = [0]


def _vm_size() -> int:
    """This process's address-space size; if it cannot be read, the last size read."""
    size = _read_vm_size()
    _LAST_VM_SIZE[0] = max(size, _LAST_VM_SIZE[0])
    return size or _LAST_VM_SIZE[0]


def _read_vm_size() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def apply_limits(limits: dict) -> dict:
    """rlimits for this process; memory counts from what the interpreter already uses.

    Called twice: with the worker's ceilings at start, and with the job's own (lower) limits
    when it arrives, so one pre-started worker serves any exercise. Lowering is always allowed.
    """
    applied = {}
    cpu = int(_cpu_used() + limits["cpu_seconds"]) + 1
    rules = [
        (resource.RLIMIT_CPU, (cpu, cpu + 1)),  # SIGXCPU at the soft limit, SIGKILL at the hard
        (resource.RLIMIT_AS, (_vm_size() + limits["memory_bytes"],) * 2),
        (resource.RLIMIT_FSIZE, (limits["output_bytes"],) * 2),
        (resource.RLIMIT_NOFILE, (32, 32)),
        (resource.RLIMIT_CORE, (0, 0)),
    ]
    if hasattr(resource, "RLIMIT_NPROC") and os.getuid() != 0:
        rules.append((resource.RLIMIT_NPROC, (1, 1)))
    for which, value in rules:
        try:
            hard = resource.getrlimit(which)[1]
            if hard != resource.RLIM_INFINITY:  # never ask for more than the ceiling
                value = (min(value[0], hard), min(value[1], hard))
            resource.setrlimit(which, value)
            applied[which] = True
        except (ValueError, OSError):
            applied[which] = False
    # Past the output cap, writes fail with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return applied


def read_paths() -> list[str]:
    """What Python and NumPy need to read: the standard library (without site-packages),
    NumPy's own folders and the system's shared libraries. Nothing else."""
    import sysconfig

    paths = ["/usr/lib", "/lib", "/lib64", "/usr/lib64", "/dev/null", "/dev/urandom"]
    # Our own size, read again when a job's memory limit is set (nothing of the user's).
    paths.append(f"/proc/{os.getpid()}/status")
    for key in ("stdlib", "platstdlib"):
        stdlib = sysconfig.get_paths().get(key)
        if stdlib and os.path.isdir(stdlib):
            for entry in os.listdir(stdlib):
                if entry not in ("site-packages", "dist-packages"):
                    paths.append(os.path.join(stdlib, entry))
    numpy_dir = os.path.dirname(numpy.__file__)
    paths.append(numpy_dir)
    duckdb = sys.modules.get("duckdb")
    if duckdb is not None and getattr(duckdb, "__file__", None):
        paths.append(os.path.dirname(duckdb.__file__))
        native = sys.modules.get("_duckdb") or sys.modules.get("duckdb._duckdb")
        if native is not None and getattr(native, "__file__", None):
            paths.append(native.__file__)
    libs = numpy_dir + ".libs"
    if os.path.isdir(libs):
        paths.append(libs)
    return paths


def open_sql() -> tuple[object, str]:
    """DuckDB, imported and connected now (before any limit), so SQL jobs start at once."""
    try:
        import run_sql

        return run_sql.connect(), "SQL engine ready (DuckDB, no file or network access)"
    except Exception as exc:  # the Python judge works without it
        return None, f"SQL engine unavailable: {exc}"


def main() -> None:
    config = json.loads(sys.argv[1])
    job_fd, result_fd = config["job_fd"], config["result_fd"]
    layers, notes = {}, []
    sql, note = open_sql()
    notes.append(note)
    layers["limits"] = all(apply_limits(config).values())
    scratch = os.getcwd()
    if config.get("landlock", True):
        layers["landlock"], note = landlock.restrict(read_paths(), [scratch])
    else:
        layers["landlock"], note = False, "Landlock turned off"
    notes.append(note)
    seccomp = None
    if config.get("seccomp", True):
        seccomp, note = seccomp_filter.prepare()
        layers["seccomp"] = seccomp is not None
    else:
        layers["seccomp"], note = False, "seccomp turned off"
    notes.append(note)
    protocol.send(result_fd, {"event": "ready", "layers": layers, "notes": notes})
    try:
        job = protocol.receive(job_fd)
    except EOFError:
        os._exit(0)
    os.close(job_fd)
    lock_down(result_fd, job, seccomp)
    # A timing job (after an accepted submission) measures speed; every other job is tests.
    (timing.run if job.get("kind") == "timing" else harness.run)(result_fd, job, sql)
    os._exit(0)  # skip interpreter shutdown: nothing of the submission's runs after this


def lock_down(result_fd: int, job: dict, seccomp: object) -> None:
    """The job's own limits, then the seccomp filter (after which no limit can change)."""
    limits = job.get("limits")
    if isinstance(limits, dict) and not all(apply_limits(limits).values()):
        protocol.send(
            result_fd, {"event": "sandbox_error", "message": "the job's limits could not be set"}
        )
        os._exit(0)
    if seccomp is not None:
        loaded, note = seccomp_filter.load(seccomp)
        if not loaded:
            protocol.send(result_fd, {"event": "sandbox_error", "message": note})
            os._exit(0)


if __name__ == "__main__":
    main()
