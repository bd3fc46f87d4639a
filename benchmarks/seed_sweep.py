"""Seed sweep: every exercise's reference, alternatives and known-wrong solutions over many seeds.

For each seed the hidden cases are drawn afresh and judged by the exercise's own checker, as
the grader would (results cross the codec, inputs must stay unchanged, the worker's recursion
limit). A correct alternative must pass on every seed; a known-wrong solution must be caught
by the hidden cases on every seed. These are our own trusted solutions, so they run as plain
in-process calls.

    python3 benchmarks/seed_sweep.py [--seeds N] [--exercise ID] [--first SEED]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import sys
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from interview_app.core.judge.cases import Case, build_cases, expected_outputs, normalise
from interview_app.core.judge.exercises import Exercise, load_exercises
from interview_app.core.judge.inprocess import load_trusted, trusted_call
from interview_app.core.judge.sandbox.codec import ListNode, TreeNode, tree_levels

WORKER_RECURSION_LIMIT = 4000  # what the sandboxed worker sets (sandbox/worker.py)


@dataclass(frozen=True)
class Solution:
    role: str  # "reference", "alternative" or "wrong"
    path: Path
    function: Any = field(compare=False)

    @property
    def name(self) -> str:
        return self.path.stem if self.role != "reference" else "reference"


def solutions(exercise: Exercise) -> list[Solution]:
    """The reference, every alternative and every known-wrong solution, loaded."""
    found = [("reference", exercise.folder / f"reference{exercise.suffix}")]
    found += [("alternative", p) for p in exercise.alternatives()]
    found += [("wrong", p) for p in exercise.wrong_solutions()]
    return [Solution(role, path, _load(exercise, path)) for role, path in found]


def _load(exercise: Exercise, path: Path) -> Any:
    """A Python solution's function; for other runners (SQL, calls), a function of one case."""
    if exercise.runner != "function":
        return trusted_call(exercise, path.read_text("utf-8"))
    return getattr(load_trusted(path.read_text("utf-8"), str(path)), exercise.function)


def _digest(value: Any) -> bytes:
    """The contents of an argument (arrays, lists, trees), to tell whether a call changed it."""
    if isinstance(value, TreeNode):
        value = tree_levels(value)  # much faster than pickling the nodes one by one
    elif isinstance(value, ListNode):
        value = _linked_contents(value)
    elif isinstance(value, list) and value and isinstance(value[0], ListNode | type(None)):
        value = [_linked_contents(v) if isinstance(v, ListNode) else v for v in value]
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _linked_contents(head: ListNode) -> tuple[list[Any], int]:
    """A linked list's values and the index its last node points back to (-1: none)."""
    seen: dict[int, int] = {}
    values: list[Any] = []
    node: ListNode | None = head
    while node is not None and id(node) not in seen:
        seen[id(node)] = len(values)
        values.append(node.val)
        node = node.next
    return values, -1 if node is None else seen[id(node)]


def judge_case(exercise: Exercise, function: Any, case: Case, want: Any) -> str | None:
    """None when the call passes this case, else why not (as the grader would say it)."""
    if exercise.runner != "function":
        try:
            got = function(case)
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        return exercise.checker(want, got, case.inputs() if exercise.wants_case else None)
    args, kwargs = case.decoded()
    before = [_digest(a) for a in args]
    try:
        got = normalise(function(*args, **kwargs))
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    problem = exercise.checker(want, got, case.inputs() if exercise.wants_case else None)
    if problem:
        return problem
    if not exercise.inputs_may_change and [_digest(a) for a in args] != before:
        return "modified its inputs"
    return None


def first_failure(
    exercise: Exercise, function: Any, cases: list[Case], expected: list[Any]
) -> str | None:
    """The first failing case as 'name: problem', or None when every case passes."""
    for case, want in zip(cases, expected, strict=True):
        problem = judge_case(exercise, function, case, want)
        if problem:
            return f"{case.name}: {problem}"
    return None


@dataclass
class Tally:
    """One solution over a sweep: the seeds it passed and the first problem on each other."""

    solution: Solution
    passed: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)

    @property
    def fair(self) -> bool:
        """A correct solution passes every seed; a known-wrong one fails every seed."""
        return not (self.passed if self.solution.role == "wrong" else self.failed)


def sweep(exercise: Exercise, seeds: Iterable[int]) -> list[Tally]:
    """Every solution of the exercise on the hidden cases of every seed (the visible cases are
    run too for correct solutions; known-wrong ones must be caught by the hidden cases alone).

    A large case (the one that tells efficient code from slow code) is run on the first seed
    only: it costs more than all the others together, and a known mistake must be caught by
    the ordinary hidden cases anyway."""
    tallies = [Tally(s) for s in solutions(exercise)]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, WORKER_RECURSION_LIMIT))
    try:
        for number, seed in enumerate(seeds):
            cases = [c for c in build_cases(exercise, seed) if number == 0 or not c.large]
            expected = expected_outputs(exercise, cases)
            hidden = [(c, w) for c, w in zip(cases, expected, strict=True) if not c.visible]
            for tally in tallies:
                use = (
                    hidden
                    if tally.solution.role == "wrong"
                    else list(zip(cases, expected, strict=True))
                )
                problem = first_failure(
                    exercise, tally.solution.function, [c for c, _ in use], [w for _, w in use]
                )
                if problem is None:
                    tally.passed.append(seed)
                else:
                    tally.failed[seed] = problem
    finally:
        sys.setrecursionlimit(limit)
    return tallies


def report_line(exercise: Exercise, tallies: list[Tally], seconds: float) -> str:
    correct = [t for t in tallies if t.solution.role != "wrong"]
    wrong = [t for t in tallies if t.solution.role == "wrong"]
    seeds = len(tallies[0].passed) + len(tallies[0].failed)
    bad_alt = sum(len(t.failed) for t in correct)
    bad_wrong = sum(len(t.passed) for t in wrong)
    return (
        f"{exercise.id:38s} {seeds:6d} {len(correct) - 1:5d} {bad_alt:9d} {len(wrong):6d} "
        f"{bad_wrong:11d} {seconds:7.1f}s"
    )


def details(tallies: list[Tally], limit: int = 3) -> list[str]:
    """A few examples of every unfair result, to start fixing from."""
    lines = []
    for t in tallies:
        if t.fair:
            continue
        if t.solution.role == "wrong":
            lines.append(f"    wrong/{t.solution.name} passed on seeds {t.passed[:limit]}")
        else:
            for seed, problem in list(t.failed.items())[:limit]:
                lines.append(f"    {t.solution.name} failed on seed {seed}: {problem[:200]}")
    return lines


def _sweep_one(job: tuple[str, range]) -> tuple[list[str], int]:
    """One exercise's report lines and its count of unfair solutions (for a worker process)."""
    exercise = load_exercises()[0][job[0]]
    seeds = job[1]
    started = time.perf_counter()
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")  # known-wrong solutions overflow on purpose
        tallies = sweep(exercise, seeds)
    lines = [report_line(exercise, tallies, time.perf_counter() - started), *details(tallies)]
    return lines, sum(not t.fair for t in tallies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1000, help="how many seeds (default 1000)")
    parser.add_argument("--first", type=int, default=0, help="the first seed (default 0)")
    parser.add_argument("--exercise", action="append", help="only this exercise (repeatable)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    args = parser.parse_args()
    exercises, problems = load_exercises()
    if problems:  # a malformed folder stops a full sweep, not a sweep of other exercises
        print("\n".join(problems), file=sys.stderr)
        if not args.exercise:
            return 2
    ids = args.exercise or sorted(exercises)
    unknown = [i for i in ids if i not in exercises]
    if unknown:
        print(f"unknown exercise: {', '.join(unknown)}", file=sys.stderr)
        return 2
    seeds = range(args.first, args.first + args.seeds)
    jobs = [(i, seeds) for i in ids]
    print(f"{'exercise':38s} {'seeds':>6s} {'alts':>5s} {'alt fails':>9s} {'wrong':>6s} "
          f"{'wrong passes':>11s} {'time':>8s}")  # fmt: skip
    unfair = 0
    with multiprocessing.Pool(max(1, min(args.jobs, len(jobs)))) as pool:
        for lines, count in pool.imap_unordered(_sweep_one, jobs):
            print("\n".join(lines), flush=True)
            unfair += count
    print(f"{len(ids)} exercises, {unfair} unfair solutions")
    return 1 if unfair else 0


if __name__ == "__main__":
    sys.exit(main())
