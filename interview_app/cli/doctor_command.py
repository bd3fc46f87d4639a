"""`doctor`: version, paths, database and bank health."""

from __future__ import annotations

import argparse
import json


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("doctor", help="check the installation, data and bank")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from interview_app.core import doctor
    from interview_app.core.bank import load_default_bank
    from interview_app.core.judge.exercises import load_exercises
    from interview_app.core.judge.probe import sandbox_report
    from interview_app.core.paths import data_dir, user_bank_dirs

    directory = data_dir()
    exercises, problems = load_exercises()
    bank = load_default_bank(user_bank_dirs(directory))
    info = doctor.report(directory, bank, len(exercises), problems, sandbox_report())
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        print(_text(info))
    return 0 if doctor.healthy(info) else 1


def _text(info: dict) -> str:
    db, bank, sandbox = info["database"], info["bank"], info["sandbox"]
    lines = [
        f"interview-app {info['version']}  (Python {info['python']}, Qt {info['qt'] or 'not installed'})",
        f"data directory: {info['data_dir']}{'' if info['data_dir_exists'] else '  (not created yet)'}",
        f"database:       {db['path']}",
        f"                status {db['status']}, schema {db['schema_version']}"
        + (f", {db['attempts']} attempts" if "attempts" in db else "")
        + (f" ({db['detail']})" if db.get("detail") else ""),
        f"bank:           {bank['questions']} questions in {bank['topics']} topics, {bank['files']} files",
    ]
    lines += [f"  problem: {p}" for p in bank["problems"]]
    lines.append(f"exercises:      {info['exercises']}")
    lines += [f"  problem: {p}" for p in info["exercise_problems"]]
    lines.append("sandbox:")
    for name, active in sandbox["layers"].items():
        lines.append(f"  {name:<12} {'active' if active else 'inactive'}")
    lines += [f"  note: {n}" for n in sandbox["notes"]]
    return "\n".join(lines)
