"""Every exercise is fair: the reference and every alternative (correct solutions written in
other styles) pass the hidden cases of every seed, and every known-wrong solution is caught by
the hidden cases of every seed. The sweep runs our own trusted solutions in-process (the
logic is benchmarks/seed_sweep.py's, which runs the same sweep over 1,000 seeds); each
alternative also goes once through the real sandboxed judge."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from interview_app.core.judge.cases import build_cases, expected_outputs
from interview_app.core.judge.inprocess import load_trusted
from interview_app.core.judge.verdicts import Verdict

from .judge_fixtures import EXERCISES

SWEEP_TIMEOUT_S = 900  # one exercise's seeds; far above what any takes
# 20 seeds per exercise in every run (over 90 exercises, on a 2-core machine); a new or
# changed exercise is swept over many more with benchmarks/seed_sweep.py (1,000 by default).
SEEDS = range(1000, 1020)
SWEEP_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "seed_sweep.py"


def _load_sweep():
    spec = importlib.util.spec_from_file_location("seed_sweep", SWEEP_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("seed_sweep", module)
    spec.loader.exec_module(module)
    return module


sweep = _load_sweep()
PYTHON = {i: e for i, e in EXERCISES.items() if e.kind == "python"}  # SQL: test_sql_judge.py
ALTERNATIVES = [(e, p) for e in PYTHON.values() for p in e.alternatives()]


def test_every_exercise_has_two_alternatives_and_two_wrong_solutions() -> None:
    for exercise in EXERCISES.values():
        assert len(exercise.alternatives()) >= 2, exercise.id
        assert len(exercise.wrong_solutions()) >= 2, exercise.id


def _sweep_in_child(job: tuple[str, range]) -> tuple[list[str], int]:
    """One exercise's sweep, in a pool process (which imports this module, hence the sweep)."""
    return sweep._sweep_one(job)


@pytest.fixture(scope="module")
def swept(request: pytest.FixtureRequest):
    """The selected exercises swept over SEEDS, each in a process of its own, on every core.

    A process pool that loses a worker fails the waiting tests instead of hanging the run."""
    wanted = sorted(
        {
            item.callspec.params["exercise_id"]
            for item in request.session.items
            if hasattr(item, "callspec")
            and "exercise_id" in item.callspec.params
            and item.originalname == "test_fair_on_every_seed"
        }
    )
    pool = ProcessPoolExecutor(
        max_workers=max(1, min(os.cpu_count() or 1, 4)),
        mp_context=multiprocessing.get_context("spawn"),
    )
    try:
        yield {i: pool.submit(_sweep_in_child, (i, SEEDS)) for i in wanted}
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_fair_on_every_seed(exercise_id: str, swept) -> None:
    lines, unfair = swept[exercise_id].result(timeout=SWEEP_TIMEOUT_S)
    assert unfair == 0, "\n".join(lines)
    assert f"{len(SEEDS):6d}" in lines[0], lines[0]


@pytest.mark.parametrize(
    ("exercise", "path"), ALTERNATIVES, ids=lambda x: getattr(x, "id", getattr(x, "stem", ""))
)
def test_alternative_is_accepted_by_the_sandboxed_judge(exercise, path, judge) -> None:
    judge.wait_warm()
    result = judge.grade(exercise, path.read_text(encoding="utf-8"), seed=7)
    assert result.verdict is Verdict.ACCEPTED, f"{path.name}: {result.message}"


def test_a_wrong_solution_is_caught_in_process_too() -> None:
    """The sweep itself can fail: it sees wrong values and changed inputs, as the judge does."""
    exercise = EXERCISES["kmeans"]
    tallies = {t.solution.name: t for t in sweep.sweep(exercise, range(3))}
    assert "modified its inputs" in next(iter(tallies["mutates_input"].failed.values()))
    assert len(tallies["manhattan_distance"].failed) == 3
    assert not tallies["reference"].failed


def _stopped_case(exercise, seed):
    cases = build_cases(exercise, seed)
    case = next(c for c in cases if "max_iters" in c.name)
    return case, expected_outputs(exercise, [case])[0]


def _nearest(X, centroids):
    return ((X[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)


def test_kmeans_accepts_both_readings_when_max_iters_stops_the_run() -> None:
    exercise = EXERCISES["kmeans"]
    folder = exercise.folder / "alternatives"
    final = load_trusted((folder / "loop_over_centroids_final_labels.py").read_text()).kmeans
    last = load_trusted((folder / "bincount_last_assignment.py").read_text()).kmeans
    seen_difference = False
    for seed in range(40):
        case, (want_c, want_l) = _stopped_case(exercise, seed)
        args, kwargs = case.decoded()
        nearest = _nearest(args[0], want_c)
        c1, l1 = final(*args, **kwargs)
        c2, l2 = last(*args, **kwargs)
        assert np.array_equal(l1, nearest) and np.array_equal(l2, want_l)
        assert exercise.checker((want_c, want_l), (c1, l1), case.inputs()) is None
        assert exercise.checker((want_c, want_l), (c2, l2), case.inputs()) is None
        if not np.array_equal(nearest, want_l):
            seen_difference = True
            mixed = np.where(nearest != want_l, 3 - nearest - want_l, want_l)  # k = 3: neither
            problem = exercise.checker((want_c, want_l), (want_c, mixed), case.inputs())
            assert problem and "nearest returned centroid" in problem
    assert seen_difference, "the max_iters case never separates the two readings"


def test_roc_auc_accepts_float32_and_empty_label_arrays_are_accepted() -> None:
    roc = EXERCISES["roc-auc"]
    assert roc.checker(0.7123456789, np.float32(0.7123456789)) is None
    assert roc.checker(0.75, 0.76) is not None
    for name in ("knn-classify", "gaussian-naive-bayes"):
        checker = EXERCISES[name].checker
        empty = np.zeros(0, dtype=np.int64)
        assert checker(empty, np.array([])) is None, name
        assert checker(empty, np.array([1])) is not None, name
        assert checker(np.array([1, 2]), np.array([1.0, 2.0])) is not None, name
