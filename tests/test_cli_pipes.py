"""Command-line behaviour around its callers: closed pipes and `--debug` anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SOLUTION = "def two_sum(nums, target):\n    return [0, 2]\n"  # wrong: exit 1


def _run_into_closed_pipe(args: list[str], data_dir: Path) -> tuple[int, str]:
    """Run the command with its stdout a pipe whose reader has already gone (as after
    `| head -1`), so every write it makes meets a closed pipe."""
    env = {**os.environ, "INTERVIEW_APP_DATA_DIR": str(data_dir)}
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "interview_app", *args],
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120,
        )  # fmt: skip
    finally:
        os.close(write_end)
    return done.returncode, done.stderr.decode()


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["exercises", "--json"], 0),
        (["bank", "stats", "--json"], 0),
        (["progress", "export"], 0),
        (["grade", "two-sum", "SOLUTION", "--json"], 1),
    ],
)
def test_a_closed_pipe_ends_quietly_with_the_commands_status(
    tmp_path: Path, args: list[str], status: int
) -> None:
    solution = tmp_path / "solution.py"
    solution.write_text(SOLUTION)
    args = [str(solution) if a == "SOLUTION" else a for a in args]
    code, error = _run_into_closed_pipe(args, tmp_path / "data")
    assert error == ""
    assert code == status


def test_debug_is_accepted_after_the_subcommand(tmp_path: Path) -> None:
    env = {**os.environ, "INTERVIEW_APP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "interview_app", "exercises", "--json", "--debug"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip().startswith("[")
