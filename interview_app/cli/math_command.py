"""`check-math`: is an expression equivalent to the expected one? (Per the contracts.)"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sympy loads only when a check runs
    from interview_app.core.maths.equivalence import Spec


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check-math",
        help="check a maths answer against an expression or a question's answer",
        description="Exit 0 when correct, 1 when incorrect, invalid or undetermined, 2 for usage errors.",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--expected", metavar="EXPR", help="the expected expression")
    source.add_argument("--question", metavar="QUESTION_ID", help="a maths question from the bank")
    parser.add_argument("--vars", default="", metavar="x,y", help="variables (with --expected)")
    parser.add_argument(
        "--positive", action="store_true", help="variables are positive (with --expected)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("answer", metavar="ANSWER", nargs="+")
    parser.set_defaults(handler=run)


def _spec(args: argparse.Namespace) -> Spec:
    from interview_app.cli import UsageError
    from interview_app.core.maths.equivalence import Spec
    from interview_app.core.maths.lexer import MathSyntaxError
    from interview_app.core.maths.parser import make_symbols, parse

    if args.question:
        from interview_app.core.bank import MathQuestion, load_default_bank
        from interview_app.core.paths import data_dir, user_bank_dirs

        question = load_default_bank(user_bank_dirs(data_dir())).questions.get(args.question)
        if not isinstance(question, MathQuestion):
            raise UsageError(f"interview-app check-math: no maths question '{args.question}'")
        return question.spec()
    names = tuple(v for v in args.vars.replace(",", " ").split() if v)
    try:
        parse(args.expected, make_symbols(names), trusted=True)
    except MathSyntaxError as exc:
        fix = ""
        if "unknown name" in str(exc):
            fix = (
                "; list the variables with --vars, e.g. --vars x,y"
                if not names
                else "; add it to --vars (names separated by commas, e.g. --vars x,y)"
            )
        raise UsageError(
            f"interview-app check-math: --expected cannot be read: {exc}{fix}"
        ) from None
    return Spec(expected=args.expected, variables=names, positive=args.positive)


def run(args: argparse.Namespace) -> int:
    from interview_app.cli import UsageError
    from interview_app.core.maths.client import MathChecker

    if len(args.answer) > 1:
        raise UsageError(
            "interview-app check-math: give one ANSWER (quote it if it has spaces); "
            "separate variables with commas, not spaces: --vars x,y"
        )
    args.answer = args.answer[0]
    spec = _spec(args)
    checker = MathChecker()
    try:
        result = checker.check(spec, args.answer)
    finally:
        checker.close()
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['verdict']}: {result['message']}")
        if result["parsed"]:
            print(f"read as: {result['parsed']}")
    return 0 if result["verdict"] == "correct" else 1
