"""Speed after an accepted Submit: slow patterns read from the source, growth fitted from
timings taken in the sandbox, the note a user reads, and the figures kept in History."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from interview_app.cli import main
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.judge.performance import (
    Scaling,
    Timing,
    describe,
    fit_growth,
    scaling_inputs,
    scaling_of,
)
from interview_app.core.judge.slow_patterns import find_slow_patterns

FIXTURES = Path(__file__).parent / "performance_fixtures"
SCALED = ("kmeans", "linear-regression-gd", "logistic-regression", "pca", "two-sum")


@pytest.fixture(scope="module")
def catalogue():
    return load_exercises()[0]


def lines_of(source: str, function: str, rows_arg: int | None = 0) -> list[int]:
    return [f.line for f in find_slow_patterns(source, function, rows_arg)]


def test_a_loop_over_the_rows_is_named_with_its_line() -> None:
    source = (FIXTURES / "kmeans_loop_per_point.py").read_text()
    findings = find_slow_patterns(source, "kmeans", 0)
    assert [f.line for f in findings] == [13]
    assert "loop over the points" in findings[0].message
    assert "broadcasting" in findings[0].message


def test_np_append_in_a_loop_and_a_loop_over_the_array_itself() -> None:
    source = (FIXTURES / "kmeans_append_in_loop.py").read_text()
    messages = {f.line: f.message for f in find_slow_patterns(source, "kmeans", 0)}
    assert sorted(messages) == [11, 13]
    assert "rows of X" in messages[11] and "np.append" in messages[13]


def test_loops_over_the_centroids_and_vectorised_code_are_not_reported(catalogue) -> None:
    for exercise_id in SCALED[:4]:
        exercise = catalogue[exercise_id]
        assert lines_of(exercise.reference_source, exercise.function) == [], exercise_id
        for path in exercise.alternatives():
            if "loop" not in path.name:
                assert lines_of(path.read_text(), exercise.function) == [], path


def test_aliases_lengths_and_comprehensions_over_the_rows() -> None:
    source = """import numpy as np
def f(points, k):
    data = np.asarray(points, dtype=float)
    n, d = data.shape
    total = 0.0
    for i in range(n):
        total += data[i].sum()
    rows = [row * 2 for row in data]
    for j in range(len(data)):
        pass
    for c in range(k):
        pass
    return total, rows
"""
    assert lines_of(source, "f") == [6, 8, 9]


def test_queue_and_list_membership_patterns() -> None:
    source = """def f(items):
    queue = list(items)
    seen = []
    out = []
    while queue:
        x = queue.pop(0)
        if x not in seen:
            seen.append(x)
        out.insert(0, x)
    done = set()
    for x in items:
        if x in done:
            pass
    last = queue.pop()
    return out
"""
    findings = find_slow_patterns(source, "f", None)
    assert [f.line for f in findings] == [6, 7, 9]
    assert "deque.popleft()" in findings[0].message
    assert "`in seen`" in findings[1].message and "set" in findings[1].message
    assert "insert(0" in findings[2].message


def test_unreadable_source_has_no_findings() -> None:
    assert find_slow_patterns("def f(:\n", "f", 0) == []


def test_growth_is_the_slope_in_log_log() -> None:
    assert fit_growth([1000, 2000, 4000], [1.0, 4.0, 16.0]) == pytest.approx(2.0)
    assert fit_growth([10, 100], [3.0, 30.0]) == pytest.approx(1.0)
    assert fit_growth([10], [3.0]) is None


def test_the_note_says_how_much_slower_and_how_it_grows() -> None:
    scaling = Scaling((4000, 16000), reference="a vectorised solution")
    figures = {
        "sizes": [4000, 16000], "ms": [95.0, 380.0], "reference_ms": [2.5, 10.0], "ratio": 38.0,
        "growth": 1.0, "reference_growth": 1.0,
        "patterns": [{"line": 7, "message": "a Python loop over the rows of X"}],
    }  # fmt: skip
    note = describe(figures, scaling, Timing(figures["ms"]), figures["reference_ms"])
    assert note == (
        "correct; 38x slower than a vectorised solution at n = 16,000, growing like n^1.0 "
        "(the reference: n^1.0). Why: line 7: a Python loop over the rows of X"
    )
    fast = {**figures, "ms": [2.6, 10.5], "ratio": 1.05}
    assert describe(fast, scaling, Timing(fast["ms"]), fast["reference_ms"]).startswith(
        "correct; about as fast as a vectorised solution at n = 16,000"
    )
    assert "Why" not in describe(fast, scaling, Timing(fast["ms"]), fast["reference_ms"])


def test_the_note_compares_growth_with_the_expected_complexity() -> None:
    scaling = Scaling((1000, 2000), reference="a hash-map solution", expected="O(n)",
                      expected_growth=1.0)  # fmt: skip
    quadratic = {
        "sizes": [1000, 2000], "ms": [20.0, 80.0], "reference_ms": [0.1, 0.2], "ratio": 400.0,
        "growth": 2.0, "reference_growth": 1.0, "patterns": [],
    }  # fmt: skip
    note = describe(quadratic, scaling, Timing(quadratic["ms"]), quadratic["reference_ms"])
    assert note.endswith("growing like n^2.0 (the reference: n^1.0); an O(n) solution exists")
    linear = {**quadratic, "ms": [0.1, 0.2], "ratio": 1.0, "growth": 1.0}
    note = describe(linear, scaling, Timing(linear["ms"]), linear["reference_ms"])
    assert note.endswith(", as an O(n) solution should")


def test_too_slow_for_the_first_size() -> None:
    scaling = Scaling((1000, 2000))
    figures = {"sizes": [], "ms": [], "reference_ms": [], "ratio": None, "growth": None,
               "reference_growth": None, "patterns": []}  # fmt: skip
    note = describe(figures, scaling, Timing([], "the time budget ran out"), [1.5])
    assert note.startswith("correct; too slow to time: over") and "n = 1,000" in note


@pytest.mark.parametrize("exercise_id", SCALED)
def test_scaling_sections_are_valid_and_inputs_repeatable(catalogue, exercise_id) -> None:
    exercise = catalogue[exercise_id]
    scaling = scaling_of(exercise)
    assert scaling is not None and len(scaling.sizes) >= 2
    first, again = scaling_inputs(exercise, scaling), scaling_inputs(exercise, scaling)
    assert [s["n"] for s in first] == list(scaling.sizes)
    assert json.dumps(first) == json.dumps(again)


def test_two_sum_timing_input_has_exactly_one_pair(catalogue) -> None:
    import numpy as np

    case = catalogue["two-sum"].cases_module.scaling(np.random.default_rng(0), 300)
    nums, target = case["args"]
    pairs = [(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums))
             if nums[i] + nums[j] == target]  # fmt: skip
    assert pairs == [(298, 299)]


def test_exercises_without_a_section_have_no_scaling(catalogue) -> None:
    assert scaling_of(catalogue["valid-parentheses"]) is None


def grade(capsys, tmp_path: Path, exercise: str, source: str, *extra: str) -> tuple[int, dict]:
    path = tmp_path / "solution.py"
    path.write_text(source)
    code = main(["grade", exercise, str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_loop_per_point_kmeans_is_accepted_and_told_why(capsys, data_dir, tmp_path) -> None:
    source = (FIXTURES / "kmeans_loop_per_point.py").read_text()
    code, report = grade(capsys, tmp_path, "kmeans", source)
    assert code == 0 and report["verdict"] == "accepted"
    performance = report["performance"]
    assert set(performance) >= {"sizes", "ms", "reference_ms", "growth", "reference_growth", "note"}
    assert len(performance["sizes"]) == len(performance["ms"]) == len(performance["reference_ms"])
    assert performance["ratio"] >= 5, performance
    note = performance["note"]
    assert note.startswith("correct; ") and "slower than a vectorised solution at n = " in note
    assert "line 13: a Python loop over the points" in note
    with sqlite3.connect(data_dir / "progress.db") as conn:
        (figures,) = conn.execute("SELECT figures FROM performance").fetchone()
    assert json.loads(figures)["note"] == note


def test_quadratic_two_sum_is_told_a_linear_solution_exists(capsys, data_dir, tmp_path) -> None:
    source = (FIXTURES / "two_sum_all_pairs.py").read_text()
    code, report = grade(capsys, tmp_path, "two-sum", source, "--no-record")
    assert code == 0
    performance = report["performance"]
    assert performance["growth"] > 1.5, performance
    assert "an O(n) solution exists" in performance["note"]


def test_the_reference_is_about_as_fast_as_itself(capsys, data_dir, tmp_path, catalogue) -> None:
    code, report = grade(capsys, tmp_path, "kmeans", catalogue["kmeans"].reference_source,
                         "--no-record")  # fmt: skip
    assert code == 0
    assert 0.4 < report["performance"]["ratio"] < 2.5, report["performance"]
    assert report["performance"]["patterns"] == []


def test_a_failure_at_scale_never_changes_the_verdict(
    capsys, data_dir, tmp_path, catalogue
) -> None:
    source = catalogue["kmeans"].reference_source.replace(
        "    X = np.asarray(X, dtype=float)\n",
        "    X = np.asarray(X, dtype=float)\n    if len(X) > 600:\n        raise MemoryError\n",
    )
    code, report = grade(capsys, tmp_path, "kmeans", source, "--no-record")
    assert code == 0 and report["verdict"] == "accepted"
    assert report["performance"]["sizes"] == []
    assert "could not be timed at n = 1,000: it raised MemoryError" in report["performance"]["note"]


def test_no_figures_without_an_accepted_full_submission(capsys, data_dir, tmp_path) -> None:
    source = (FIXTURES / "two_sum_all_pairs.py").read_text()
    code, report = grade(capsys, tmp_path, "two-sum", source, "--visible-only")
    assert code == 0 and "performance" not in report
    code, report = grade(capsys, tmp_path, "two-sum", "def two_sum(nums, target):\n    return [0, 1]\n",
                         "--no-record")  # fmt: skip
    assert code == 1 and "performance" not in report


def test_history_keeps_the_figures_from_schema_5(tmp_path: Path, now) -> None:
    from sqlite_utils import Database

    from interview_app.core.records import AttemptRecord
    from interview_app.core.store import open_store
    from interview_app.core.store.migrations import MIGRATIONS
    from interview_app.core.vocab import Outcome

    db = Database(tmp_path / "progress.db")
    for number, step in enumerate(MIGRATIONS[:4], start=1):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    db.close()
    opened = open_store(tmp_path, now)
    assert opened.backup is not None and opened.store.schema_version() == 5
    figures = {"sizes": [1000, 2000], "ms": [30.0, 61.0], "reference_ms": [1.0, 2.0],
               "ratio": 30.5, "growth": 1.02, "reference_growth": 1.0, "note": "correct; ..."}  # fmt: skip
    for details in ({"performance": figures}, {}, {"performance": {**figures, "ratio": 2.0}}):
        opened.store.record_attempt(AttemptRecord(
            question_id="kmeans", topic="classical-ml", kind="code", created_at=now, answer="",
            outcome=Outcome.CORRECT, score=1.0, time_spent_ms=0, details=details,
        ))  # fmt: skip
    history = opened.store.performance_history("kmeans")
    assert [h["ratio"] for h in history] == [30.5, 2.0]
    assert history[0]["size"] == 2000 and history[0]["ms"] == 61.0
    assert history[0]["figures"]["note"] == "correct; ..."
    opened.store.db.execute("DELETE FROM attempts")
    assert opened.store.performance_history("kmeans") == []
