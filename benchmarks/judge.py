"""Judge benchmark: submit-to-verdict for the kmeans reference, three ways, side by side.

- warm: the judge's pre-started, already sandboxed worker (what the app does);
- floor: the same tests as plain in-process calls (cases, expected values, calls, checks);
- cold: a fresh worker process per submission (interpreter and NumPy start included).
Runs are interleaved so machine noise hits all three alike.

    python3 benchmarks/judge.py [--runs N] [--exercise ID]
"""

from __future__ import annotations

import argparse
import statistics
import time

from interview_app.core.judge.cases import build_cases, expected_outputs, normalise
from interview_app.core.judge.exercises import Exercise, load_exercises
from interview_app.core.judge.grader import Judge
from interview_app.core.judge.inprocess import load_trusted


def in_process(exercise: Exercise, source: str, seed: int) -> float:
    started = time.perf_counter()
    cases = build_cases(exercise, seed)
    expected = expected_outputs(exercise, cases)
    function = getattr(load_trusted(source), exercise.function)
    for case, want in zip(cases, expected, strict=True):
        args, kwargs = case.decoded()
        got = normalise(function(*args, **kwargs))
        assert exercise.checker(want, got, case.inputs() if exercise.wants_case else None) is None
    return time.perf_counter() - started


def timed(judge: Judge, exercise: Exercise, source: str, seed: int) -> float:
    started = time.perf_counter()
    result = judge.grade(exercise, source, seed=seed)
    elapsed = time.perf_counter() - started
    assert result.accepted, result.message
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--exercise", default="kmeans")
    args = parser.parse_args()
    exercise = load_exercises()[0][args.exercise]
    source = exercise.reference_source
    warm_judge, cold_judge = Judge(), Judge(keep_warm=False)
    warm, floor, cold = [], [], []
    try:
        in_process(exercise, source, 0)  # imports and caches, for all three
        warm_judge.wait_warm()
        timed(warm_judge, exercise, source, 0)
        for run in range(args.runs):
            floor.append(in_process(exercise, source, run))
            warm_judge.wait_warm()  # a person reads the last result before submitting again
            warm.append(timed(warm_judge, exercise, source, run))
            cold.append(timed(cold_judge, exercise, source, run))
        layers = warm_judge.last_layers
    finally:
        warm_judge.close()
        cold_judge.close()

    ms = 1000.0
    w, f, c = (statistics.median(x) * ms for x in (warm, floor, cold))
    goal = 1.5 * f + 15
    print(f"exercise {exercise.id}, {len(build_cases(exercise, 0))} tests, {args.runs} runs")
    print(f"sandbox layers active: {', '.join(k for k, v in layers.items() if v)}")
    print(f"in-process floor            median {f:7.1f} ms")
    print(
        f"warm sandboxed worker       median {w:7.1f} ms   (p90 {sorted(warm)[int(0.9 * len(warm))] * ms:.1f})"
    )
    print(f"cold subprocess per submit  median {c:7.1f} ms")
    print(f"warm / floor                {w / f:7.2f}x   goal warm <= 1.5 x floor + 15 ms = {goal:.1f} ms: "
          f"{'met' if w <= goal else 'NOT met'}")  # fmt: skip
    print(
        f"cold / warm                 {c / w:7.2f}x   goal >= 4x: {'met' if c / w >= 4 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
