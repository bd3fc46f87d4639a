"""seccomp: system calls the submission has no business making fail with EPERM (or ENOSYS).

No sockets of any family, no new programs or processes (threads stay allowed), no tracing or
reading other processes' memory, no signals or priority or limit changes aimed elsewhere, no
session or namespace tricks, no opening files for writing. Needs libseccomp via pyseccomp.
"""

from __future__ import annotations

import contextlib
import errno
import os
from typing import Any

try:  # imported with the worker, before Landlock closes file access
    import pyseccomp as sc

    _IMPORT_PROBLEM = ""
except (ImportError, RuntimeError, OSError) as exc:
    sc = None
    _IMPORT_PROBLEM = f"seccomp unavailable: {exc}"

CLONE_THREAD = 0x00010000
WRITE_FLAGS = (os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_TRUNC, os.O_APPEND)

DENY = (
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
    "fork", "vfork", "execve", "execveat",
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp",
    "pidfd_open", "pidfd_getfd", "pidfd_send_signal", "tkill",
    "setpriority", "sched_setscheduler", "sched_setparam", "sched_setattr", "sched_setaffinity",
    "ioprio_set", "setrlimit", "setsid", "setpgid",
    "mount", "umount2", "pivot_root", "chroot", "unshare", "setns",
    "bpf", "keyctl", "add_key", "request_key", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
    "reboot", "swapon", "swapoff", "acct", "quotactl", "mknod", "mknodat",
    "open_by_handle_at", "name_to_handle_at", "fanotify_init", "creat",
)  # fmt: skip


def install() -> tuple[bool, str]:
    """Build and load the filter into this process (irreversible). Returns (applied, note)."""
    flt, note = prepare()
    if flt is None:
        return False, note
    return load(flt)


def load(flt: Any) -> tuple[bool, str]:
    """Load a filter built by prepare(): from then on no limit can be changed, even lowered."""
    try:
        flt.load()
    except OSError as exc:
        return False, f"seccomp filter refused: {exc}"
    return True, "seccomp filter loaded"


def prepare() -> tuple[Any, str]:
    """The filter, built but not loaded (so the job's own limits can still be applied)."""
    if sc is None:
        return None, _IMPORT_PROBLEM
    pid = os.getpid()
    deny = sc.ERRNO(errno.EPERM)
    try:
        flt = sc.SyscallFilter(sc.ALLOW)
        for name in DENY:
            _rule(flt, deny, name)
        _rule(flt, sc.ERRNO(errno.ENOSYS), "clone3")  # glibc falls back to clone
        _rule(flt, sc.ERRNO(errno.ENOSYS), "openat2")
        _rule(flt, deny, "clone", sc.Arg(0, sc.MASKED_EQ, CLONE_THREAD, 0))
        for name in ("kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"):
            _rule(flt, deny, name, sc.Arg(0, sc.NE, pid))
        _rule(flt, deny, "prlimit64", sc.Arg(2, sc.NE, 0))
        for flag in WRITE_FLAGS:
            _rule(flt, sc.ERRNO(errno.EACCES), "open", sc.Arg(1, sc.MASKED_EQ, flag, flag))
            _rule(flt, sc.ERRNO(errno.EACCES), "openat", sc.Arg(2, sc.MASKED_EQ, flag, flag))
    except OSError as exc:
        return None, f"seccomp filter refused: {exc}"
    return flt, "seccomp filter loaded before the submission runs"


def _rule(flt: Any, action: int, name: str, *args: Any) -> None:
    with contextlib.suppress(OSError, ValueError, RuntimeError):  # a call this arch lacks
        flt.add_rule(action, name, *args)
