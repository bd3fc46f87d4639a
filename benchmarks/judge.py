"""Judge benchmark: submit-to-verdict for the kmeans reference, three ways, side by side.

- warm: the judge's pre-started, already sandboxed worker (what the app does);
- floor: the same tests as plain in-process calls (cases, expected values, calls, checks);
- cold: a fresh worker process per submission (interpreter and NumPy start included);
and, for an exercise with a scaling case, what the speed timing adds to an accepted Submit.
Runs are interleaved so machine noise hits all three alike.

    python3 benchmarks/judge.py [--runs N] [--exercise ID|all]
"""

from __future__ import annotations

import argparse
import statistics
import time

from interview_app.core.judge.cases import build_cases, expected_outputs
from interview_app.core.judge.exercises import Exercise, load_exercises
from interview_app.core.judge.grader import Judge
from interview_app.core.judge.inprocess import trusted_call


def in_process(exercise: Exercise, source: str, seed: int) -> float:
    started = time.perf_counter()
    cases = build_cases(exercise, seed)
    expected = expected_outputs(exercise, cases)
    call = trusted_call(exercise, source)  # a function, a class's calls or a query
    for case, want in zip(cases, expected, strict=True):
        got = call(case)
        assert exercise.checker(want, got, case.inputs() if exercise.wants_case else None) is None
    return time.perf_counter() - started


def timed(judge: Judge, exercise: Exercise, source: str, seed: int) -> float:
    started = time.perf_counter()
    result = judge.grade(exercise, source, seed=seed)
    elapsed = time.perf_counter() - started
    assert result.accepted, result.message
    return elapsed


def measure(
    exercise: Exercise, runs: int, warm_judge: Judge, cold_judge: Judge
) -> tuple[float, float, float]:
    """Median warm, floor and cold submit-to-verdict in ms, runs interleaved."""
    source = exercise.reference_source
    warm, floor, cold = [], [], []
    in_process(exercise, source, 0)  # imports and caches, for all three
    warm_judge.wait_warm()
    timed(warm_judge, exercise, source, 0)
    for run in range(runs):
        floor.append(in_process(exercise, source, run))
        warm_judge.wait_warm()  # a person reads the last result before submitting again
        warm.append(timed(warm_judge, exercise, source, run))
        cold.append(timed(cold_judge, exercise, source, run))
    return tuple(statistics.median(x) * 1000 for x in (warm, floor, cold))  # type: ignore[return-value]


def speed_overhead(exercise: Exercise, runs: int) -> tuple[float, float] | None:
    """What the speed timing adds to an accepted Submit through a warm judge, in ms: the
    first submission (the reference is timed too) and the median of later ones."""
    from interview_app.core.judge.performance import scaling_of

    if scaling_of(exercise) is None:
        return None
    source = exercise.reference_source
    judge = Judge()
    try:
        added = []
        for run in range(runs + 1):
            judge.wait_warm()
            judge.measure_speed = False
            without = timed(judge, exercise, source, run)
            judge.wait_warm()
            judge.measure_speed = True
            added.append((timed(judge, exercise, source, run) - without) * 1000)
    finally:
        judge.close()
    return added[0], statistics.median(added[1:])


def verdicts(w: float, f: float, c: float) -> tuple[bool, bool]:
    return w <= 1.5 * f + 15, c >= 4 * w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--exercise", default="kmeans", help="an exercise id, or 'all'")
    args = parser.parse_args()
    catalogue = load_exercises()[0]
    ids = sorted(catalogue) if args.exercise == "all" else [args.exercise]
    warm_judge, cold_judge = Judge(), Judge(keep_warm=False)
    # The verdict's own figures; what the speed timing adds is measured on its own below.
    warm_judge.measure_speed = cold_judge.measure_speed = False
    try:
        figures = {i: measure(catalogue[i], args.runs, warm_judge, cold_judge) for i in ids}
        layers = warm_judge.last_layers
    finally:
        warm_judge.close()
        cold_judge.close()
    print(f"sandbox layers active: {', '.join(k for k, v in layers.items() if v)}")
    if len(ids) == 1:
        report_one(catalogue[ids[0]], figures[ids[0]], args.runs)
        return
    print(f"{args.runs} runs each; goals: warm <= 1.5 x floor + 15 ms, cold >= 4 x warm")
    print(
        f"{'exercise':38} {'floor':>8} {'warm':>8} {'cold':>8} {'warm goal':>10} {'cold/warm':>10}"
    )
    for exercise_id, (w, f, c) in figures.items():
        fast, worth = verdicts(w, f, c)
        print(f"{exercise_id:38} {f:8.1f} {w:8.1f} {c:8.1f} {'met' if fast else 'NOT met':>10} "
              f"{c / w:9.2f}x{'' if worth else ' (under 4x)'}")  # fmt: skip
    if "kmeans" in figures:
        fast, worth = verdicts(*figures["kmeans"])
        print(
            f"kmeans: warm goal {'met' if fast else 'NOT met'}, cold/warm goal {'met' if worth else 'NOT met'}"
        )


def report_one(exercise: Exercise, figures: tuple[float, float, float], runs: int) -> None:
    w, f, c = figures
    fast, worth = verdicts(w, f, c)
    print(f"exercise {exercise.id}, {len(build_cases(exercise, 0))} tests, {runs} runs")
    print(f"in-process floor            median {f:7.1f} ms")
    print(f"warm sandboxed worker       median {w:7.1f} ms")
    print(f"cold subprocess per submit  median {c:7.1f} ms")
    print(f"warm / floor                {w / f:7.2f}x   goal warm <= 1.5 x floor + 15 ms = "
          f"{1.5 * f + 15:.1f} ms: {'met' if fast else 'NOT met'}")  # fmt: skip
    print(
        f"cold / warm                 {c / w:7.2f}x   goal >= 4x: {'met' if worth else 'NOT met'}"
    )
    overhead = speed_overhead(exercise, max(3, runs // 3))
    if overhead is not None:
        first, later = overhead
        met = "met" if max(first, later) <= 1000 else "NOT met"
        print(f"speed timing added          first {first:6.0f} ms, then median {later:6.0f} ms"
              f"   goal <= 1000 ms: {met}")  # fmt: skip


if __name__ == "__main__":
    main()
