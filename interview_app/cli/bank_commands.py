"""`bank validate` and `bank stats`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_app.core.bank import Bank


def register(commands: argparse._SubParsersAction) -> None:
    bank = commands.add_parser("bank", help="check and summarise the question bank")
    sub = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    validate = sub.add_parser(
        "validate",
        help="check the built-in bank, your own question folders and any --bank folders",
    )
    validate.add_argument(
        "--bank", action="append", default=[], metavar="DIR", help="another bank folder to check"
    )
    validate.set_defaults(handler=run_validate)
    stats = sub.add_parser("stats", help="count questions by topic, kind and difficulty")
    stats.add_argument("--bank", action="append", default=[], metavar="DIR", help=argparse.SUPPRESS)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=run_stats)


def _load(extra: list[str]) -> Bank:
    # Imported here so that `interview-app` (the window) never pays for the loader's imports.
    from interview_app.cli import UsageError
    from interview_app.core.bank import load_default_bank
    from interview_app.core.paths import data_dir, user_bank_dirs

    dirs = [Path(d) for d in extra]
    for d in dirs:
        if not d.is_dir():
            raise UsageError(f"interview-app bank: {d} is not a directory")
    return load_default_bank([*user_bank_dirs(data_dir()), *dirs])


def run_validate(args: argparse.Namespace) -> int:
    bank = _load(args.bank)
    for problem in bank.problems:
        print(problem, file=sys.stderr)
    if bank.problems:
        print(
            f"{len(bank.problems)} problem(s); {len(bank.questions)} valid questions.",
            file=sys.stderr,
        )
        return 1
    print(
        f"OK: {len(bank.questions)} questions in {len(bank.topics)} topics, {len(bank.files)} files."
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from interview_app.core.judge.exercises import load_exercises

    bank = _load(args.bank)
    counts = bank.counts()
    exercises = len(load_exercises()[0])
    if args.json:
        print(
            json.dumps(
                {"questions": len(bank.questions), "exercises": exercises, **counts}, indent=2
            )
        )
        return 0
    print(f"{len(bank.questions)} questions, {exercises} exercises")
    for title, key in (
        ("By topic", "by_topic"),
        ("By kind", "by_kind"),
        ("By difficulty", "by_difficulty"),
    ):
        print(f"\n{title}:")
        width = max((len(k) for k in counts[key]), default=0)
        for name, n in counts[key].items():
            print(f"  {name:<{width}}  {n:>4}")
    if bank.problems:
        print(f"\n{len(bank.problems)} problem(s) skipped; run `interview-app bank validate`.")
    return 0
