"""`exercises` and `grade`: the judge from the command line, for people who prefer their editor."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the judge loads only for these commands
    from interview_app.core.judge.exercises import Exercise
    from interview_app.core.judge.verdicts import GradeResult


def register(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser("exercises", help="list the coding exercises")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_exercises)

    grade = commands.add_parser(
        "grade",
        help="run a solution against an exercise's tests in the sandbox",
        description="Exit 0 when accepted, 1 when not, 2 for an unknown exercise or unreadable file.",
    )
    grade.add_argument("exercise", metavar="EXERCISE_ID")
    grade.add_argument("solution", metavar="SOLUTION.py", type=Path)
    grade.add_argument(
        "--visible-only", action="store_true", help="run only the example tests (like Run)"
    )
    grade.add_argument("--json", action="store_true", help="print one JSON object")
    grade.add_argument("--no-record", action="store_true", help="do not save this attempt")
    grade.add_argument(
        "--plot",
        metavar="OUT.png",
        type=Path,
        help="write a picture of the result beside the reference's (exercises that have one)",
    )
    grade.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    grade.set_defaults(handler=run_grade)


def _exercises() -> dict[str, Exercise]:
    from interview_app.core.judge.exercises import load_exercises

    return load_exercises()[0]


def run_exercises(args: argparse.Namespace) -> int:
    exercises = _exercises()
    if args.json:
        print(json.dumps([e.summary() for e in exercises.values()], indent=2))
        return 0
    width = max((len(e) for e in exercises), default=0)
    for exercise in exercises.values():
        print(
            f"{exercise.id:<{width}}  {exercise.difficulty.value:<6}  {exercise.topic:<20}  {exercise.title}"
        )
    return 0


def run_grade(args: argparse.Namespace) -> int:
    from interview_app.cli import UsageError

    exercises = _exercises()
    exercise = exercises.get(args.exercise)
    if exercise is None:
        raise UsageError(
            f"interview-app grade: unknown exercise '{args.exercise}' (see `interview-app exercises`)"
        )
    try:
        source = args.solution.read_bytes()
    except OSError as exc:
        raise UsageError(
            f"interview-app grade: cannot read {args.solution}: {exc.strerror or exc}"
        ) from None

    if args.plot is not None and not args.plot.parent.resolve().is_dir():
        raise UsageError(f"interview-app grade: cannot write {args.plot}: no such folder")

    from interview_app.core.judge.grader import Judge

    judge = Judge(keep_warm=False)
    result = judge.grade(exercise, source, visible_only=args.visible_only, seed=args.seed)
    if not args.no_record and not args.visible_only:
        _record(exercise, source, result)
    if args.plot is not None:
        _plot(exercise, result, args.plot)
    if args.json:
        print(json.dumps(result.to_json()))
    else:
        print(_report(result))
    return 0 if result.accepted else 1


def _plot(exercise: Exercise, result: GradeResult, path: Path) -> None:
    """The picture as a PNG (drawn offscreen with Qt); a line on stderr when there is none."""
    from interview_app.core.judge.pictures import picture_for, picture_spec

    picture = picture_for(exercise, result)
    if picture is None:
        why = (
            "this exercise has no picture"
            if picture_spec(exercise.folder) is None
            else "no test returned a value to draw"
        )
        print(f"interview-app grade: no picture written: {why}", file=sys.stderr)
        return
    from interview_app.gui.result_picture import render_png

    if not render_png(picture, path):
        print(f"interview-app grade: could not write the picture to {path}", file=sys.stderr)


def _record(exercise: Exercise, source: bytes, result: GradeResult) -> None:
    from datetime import UTC, datetime

    from interview_app.core.judge.recording import attempt_for
    from interview_app.core.paths import data_dir
    from interview_app.core.store import open_store

    now = datetime.now(UTC)
    opened = open_store(data_dir(), now)
    if opened.message and opened.status.value != "created":
        print(opened.message, file=sys.stderr)
    try:
        text = source.decode("utf-8", errors="replace")
        opened.store.record_attempt(attempt_for(exercise, text, result, now, origin="cli"))
    finally:
        opened.store.close()


def _report(result: GradeResult) -> str:
    marks = {
        "passed": "ok  ",
        "failed": "FAIL",
        "error": "ERR ",
        "timeout": "TIME",
        "not_run": "--  ",
    }
    lines = [
        f"{result.verdict.label}: {result.passed}/{result.total} tests passed ({result.duration_ms:.0f} ms)"
    ]
    if (result.message and not result.tests) or result.verdict.value == "compile_error":
        lines.append(result.message)
    for test in result.tests:
        where = "example" if test.visible else "hidden"
        lines.append(
            f"  {marks[test.status.value]} {test.name} [{where}, {test.duration_ms:.1f} ms]"
        )
        if test.message:
            lines.extend("       " + line for line in test.message.splitlines())
        if test.output:
            lines.append("       printed: " + test.output.splitlines()[0][:200])
    if result.performance:
        lines.append(f"Speed: {result.performance['note']}")
    return "\n".join(lines)
