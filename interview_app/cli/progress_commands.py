"""`interview-app progress summary | export | import | interview-date`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_app.core.store import Store


def register(commands: argparse._SubParsersAction) -> None:
    progress = commands.add_parser("progress", help="progress: summary, export, import")
    sub = progress.add_subparsers(dest="progress_command", metavar="ACTION", required=True,
                                  parser_class=type(progress))  # fmt: skip

    summary = sub.add_parser(
        "summary", help="attempts, accuracy, mastery and reviews due, by topic"
    )
    summary.add_argument("--json", action="store_true", help="one JSON object on stdout")
    summary.set_defaults(handler=run_summary)

    export = sub.add_parser("export", help="write every attempt, session and review state")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    export.set_defaults(handler=run_export)

    imports = sub.add_parser("import", help="merge an export into this machine's progress")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.set_defaults(handler=run_import)

    when = sub.add_parser("interview-date", help="set (YYYY-MM-DD) or --clear the interview date")
    when.add_argument("date", nargs="?", type=date.fromisoformat, metavar="YYYY-MM-DD")
    when.add_argument("--clear", action="store_true")
    when.set_defaults(handler=run_interview_date)


@contextmanager
def _opened(need_saving: bool = False) -> Iterator[Store]:
    from interview_app.core.paths import data_dir
    from interview_app.core.store import open_store

    opened = open_store(data_dir(), datetime.now(UTC))
    if opened.message and opened.status.value != "created":
        print(opened.message, file=sys.stderr)
    try:
        if need_saving and not opened.status.saving:
            raise SystemExit(1)
        yield opened.store
    finally:
        opened.store.close()


def _items() -> tuple[dict, dict[str, str]]:
    from interview_app.core.bank import load_default_bank
    from interview_app.core.judge.exercises import load_exercises
    from interview_app.core.paths import data_dir, user_bank_dirs
    from interview_app.core.review.catalogue import catalogue

    bank = load_default_bank(user_bank_dirs(data_dir()))
    exercises = load_exercises()[0]
    titles = {t.id: t.title for t in bank.topics.values()}
    return catalogue(bank.questions.values(), exercises.values()), titles


def run_summary(args: argparse.Namespace) -> int:
    from interview_app.core.progress.dashboard import load_dashboard
    from interview_app.core.progress.summary import summary, summary_text

    items, titles = _items()
    now = datetime.now(UTC)
    with _opened() as store:
        data = summary(load_dashboard(store, items, now, now.astimezone().tzinfo or UTC))
    print(json.dumps(data, indent=2) if args.json else summary_text(data, titles))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from interview_app.core.progress.transfer import export_csv, export_json

    with _opened() as store:
        if args.format == "csv":
            text = export_csv(store)
        else:
            text = json.dumps(export_json(store, datetime.now(UTC)), indent=1, ensure_ascii=False)
            text += "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from interview_app.core.progress.transfer import ImportProblem, import_data, read_export

    try:
        data = read_export(args.file)
    except ImportProblem as exc:
        print(f"interview-app: cannot import: {exc}", file=sys.stderr)
        return 1
    with _opened(need_saving=True) as store:
        result = import_data(store, data, datetime.now(UTC))
    where = f"; backup: {result.backup}" if result.backup else ""
    print(f"imported {result.attempts} attempts, {result.sessions} sessions, {result.mocks} mock "
          f"interviews ({result.skipped} already here){where}")  # fmt: skip
    return 0


def run_interview_date(args: argparse.Namespace) -> int:
    from interview_app.core.review.policy import ReviewPolicy

    with _opened(need_saving=args.clear or args.date is not None) as store:
        policy = store.review_policy()
        if args.clear or args.date is not None:
            new_date = None if args.clear else args.date
            store.set_review_policy(ReviewPolicy(policy.desired_retention, new_date))
            policy = store.review_policy()
    print(policy.interview_date.isoformat() if policy.interview_date else "no interview date set")
    return 0
