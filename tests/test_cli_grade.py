"""`interview-app grade` and `interview-app exercises` as the contracts describe them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from interview_app.cli import main

TWO_SUM = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n"
VERDICTS = {
    "accepted", "wrong_answer", "compile_error", "runtime_error", "time_limit_exceeded",
    "memory_limit_exceeded", "output_limit_exceeded", "internal_error",
}  # fmt: skip


def grade(capsys, tmp_path: Path, source: str | bytes, *extra: str, exercise: str = "two-sum"):
    path = tmp_path / "solution.py"
    path.write_bytes(source.encode() if isinstance(source, str) else source)
    code = main(["grade", exercise, str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def attempts(data_dir: Path) -> list[tuple]:
    if not (data_dir / "progress.db").exists():
        return []
    with sqlite3.connect(data_dir / "progress.db") as conn:
        return conn.execute("SELECT question_id, kind, outcome, source FROM attempts").fetchall()


def test_accepted_json_and_recorded(capsys, data_dir, tmp_path) -> None:
    code, report = grade(capsys, tmp_path, TWO_SUM)
    assert code == 0
    assert set(report) >= {"exercise", "verdict", "passed", "total", "tests", "duration_ms"}
    assert report["exercise"] == "two-sum" and report["verdict"] == "accepted"
    assert report["passed"] == report["total"] == len(report["tests"]) > 3
    for test in report["tests"]:
        assert set(test) >= {"name", "visible", "status", "message", "duration_ms"}
        assert test["status"] == "passed"
    assert attempts(data_dir) == [("two-sum", "code", "correct", "cli")]


def test_wrong_answer_exits_1(capsys, data_dir, tmp_path) -> None:
    code, report = grade(
        capsys, tmp_path, "def two_sum(nums, target):\n    return [0, 1]\n", "--no-record"
    )
    assert code == 1 and report["verdict"] == "wrong_answer"
    assert {t["status"] for t in report["tests"]} <= {"passed", "failed"}
    assert attempts(data_dir) == []


def test_visible_only_runs_the_examples(capsys, data_dir, tmp_path) -> None:
    code, report = grade(capsys, tmp_path, TWO_SUM, "--visible-only")
    assert code == 0 and all(t["visible"] for t in report["tests"])
    assert attempts(data_dir) == [], "Run is not a submission"


@pytest.mark.parametrize(
    ("source", "verdict"),
    [
        ("def two_sum(nums, target) return\n", "compile_error"),
        (b"def two_sum(nums, target):\n    return '\xe9'\n", "compile_error"),
        ("x = 1\n", "compile_error"),
        ("def two_sum(nums, target):\n    return nums[10**9]\n", "runtime_error"),
        ("def two_sum(nums, target):\n    while True: pass\n", "time_limit_exceeded"),
    ],
)
def test_verdicts(capsys, data_dir, tmp_path, source, verdict) -> None:
    code, report = grade(capsys, tmp_path, source, "--no-record")
    assert code == 1 and report["verdict"] == verdict and report["verdict"] in VERDICTS


def test_usage_errors_exit_2(capsys, data_dir, tmp_path) -> None:
    assert main(["grade", "no-such-exercise", str(tmp_path / "x.py")]) == 2
    assert "unknown exercise" in capsys.readouterr().err
    assert main(["grade", "two-sum", str(tmp_path / "missing.py")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_exercises_json(capsys) -> None:
    assert main(["exercises", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert {"kmeans", "two-sum"} <= {e["id"] for e in listing}
    keys = {"id", "title", "topic", "difficulty", "function", "kind"}
    assert all(set(e) == keys for e in listing)
    kmeans = next(e for e in listing if e["id"] == "kmeans")
    assert kmeans["function"] == "kmeans" and kmeans["kind"] == "python"
    sql = next(e for e in listing if e["id"] == "department-top-three-salaries")
    assert sql["kind"] == "sql" and sql["function"] == ""
