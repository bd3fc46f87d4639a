"""The hostile corpus: each submission in tests/hostile/ must get its verdict, touch nothing
outside its scratch directory, leave no process behind and leave the grader alive.

A file's header says which exercise it targets, the verdict(s) it must get, and which sandbox
layer it needs: a case that relies on a layer this machine lacks is skipped, not run unguarded.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import socket
import threading
import time
from pathlib import Path

import pytest

from .judge_fixtures import EXERCISES

HOSTILE = Path(__file__).parent / "hostile"
# Files and sockets that submissions attack, named for this test run so that two runs (or a
# run beside the open app) never share them; the corpus names the path below, swapped in.
CANARY_IN_CORPUS = "/tmp/interview-app-canary"
CANARY = Path(f"{CANARY_IN_CORPUS}-{os.getpid()}")
HOME_TARGET = Path(pwd.getpwuid(os.getuid()).pw_dir) / "interview-app-pwned.txt"


def _header(path: Path) -> dict[str, str]:
    fields = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# ") or ":" not in line:
            break
        key, _, value = line[2:].partition(":")
        fields[key.strip()] = value.strip()
    return fields


CASES = sorted(HOSTILE.glob("*.py"))


class Listener:
    """TCP, UDP and Unix sockets on this machine that must never hear from a submission."""

    def __init__(self) -> None:
        self.heard: list[bytes] = []
        self.tcp = socket.create_server(("127.0.0.1", 0))
        self.port = self.tcp.getsockname()[1]
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", self.port))
        self.unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.unix.bind(str(CANARY / "socket"))
        self.unix.listen()
        for sock in (self.tcp, self.udp, self.unix):
            sock.settimeout(0.05)

    def poll(self) -> None:
        for sock in (self.tcp, self.unix):
            try:
                conn, _ = sock.accept()
                self.heard.append(conn.recv(100) or b"(connected)")
                conn.close()
            except (TimeoutError, OSError):
                pass
        with contextlib.suppress(TimeoutError, OSError):
            self.heard.append(self.udp.recv(100))

    def close(self) -> None:
        for sock in (self.tcp, self.udp, self.unix):
            sock.close()


@pytest.fixture(scope="module")
def canary():
    CANARY.mkdir(exist_ok=True)
    for leftover in CANARY.iterdir():
        leftover.unlink()
    (CANARY / "secret.txt").write_text("top secret")
    (CANARY / "progress.db").write_bytes(b"SQLite format 3\x00" + b"\x01" * 4080)
    listener = Listener()
    yield listener
    listener.close()
    for path in CANARY.iterdir():
        path.unlink()
    CANARY.rmdir()


def _snapshot() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in CANARY.iterdir() if p.is_file()}


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def _descendants(root: int, pids: set[int]) -> set[int]:
    family = {root}
    for pid in pids:
        chain, seen = pid, set()
        while chain > 1 and chain not in seen:
            seen.add(chain)
            if chain == root:
                family.add(pid)
                break
            chain = _parent(chain)
    return family


def _describe(pids: set[int]) -> list[str]:
    out = []
    for pid in sorted(pids):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()[:40]
            out.append(f"{pid} state={stat[0]} ppid={stat[1]} {cmd!r}")
        except OSError:
            out.append(f"{pid} gone")
    return out


def _worker_pids(scratch_root: str) -> set[int]:
    """This test run's workers and whatever they forked: each carries its scratch directory,
    under our own root, in its command line or as its working directory. Other copies of the
    app or of the judge on this machine use other roots, so they are never counted."""
    marker = scratch_root.encode()
    pids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
                cwd = os.readlink(entry / "cwd").encode()
            except OSError:
                cwd = b""
                try:
                    cmdline = (entry / "cmdline").read_bytes()
                except OSError:
                    continue
            if marker in cmdline or cwd.startswith(marker):
                pids.add(int(entry.name))
    return pids


def test_corpus_is_large_and_well_formed() -> None:
    assert len(CASES) >= 40
    for path in CASES:
        header = _header(path)
        assert header.get("exercise") in EXERCISES, path.name
        assert header.get("expect"), path.name


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_hostile_submission(path: Path, judge, canary: Listener) -> None:
    header = _header(path)
    needs = header.get("needs")
    judge.wait_warm()
    if needs and not judge.last_layers.get(needs):
        pytest.skip(f"needs the {needs} layer, which is not active here")
    source = path.read_text(encoding="utf-8").replace("PORT", str(canary.port))
    source = source.replace(CANARY_IN_CORPUS, str(CANARY))
    before = _snapshot()
    root = judge.config.scratch_root
    assert root, "the judge fixture gives each test run its own scratch root"
    workers_before = _worker_pids(root)
    scratch_before = set(Path(root).glob("interview-app-judge-*"))
    poller = threading.Thread(target=lambda: [canary.poll() for _ in range(20)])
    poller.start()
    result = judge.grade(EXERCISES[header["exercise"]], source, seed=7)
    poller.join()

    expected = header["expect"].split("|")
    assert result.verdict.value in expected, (result.verdict, result.message[:500])
    report = json.dumps(result.to_json())
    assert "Error: LEAKED" not in report and "top secret" not in report, "data left the sandbox"
    assert _snapshot() == before, "a file outside the scratch directory changed"
    assert not HOME_TARGET.exists() and not (CANARY / "written.txt").exists()
    assert canary.heard == [], "a submission reached a socket"
    judge.wait_warm()
    deadline = time.monotonic() + 5  # a killed namespace takes a moment to wind down
    while True:
        running = _worker_pids(root) - workers_before
        leftovers = running - _descendants(judge._warm.process.pid, running)
        if not leftovers or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not leftovers, (
        f"processes left behind: {_describe(leftovers)} (warm: {judge._warm.process.pid})"
    )
    scratch_after = set(Path(root).glob("interview-app-judge-*")) - scratch_before
    assert len(scratch_after) <= 1, "scratch directories left behind"  # the warm worker's
