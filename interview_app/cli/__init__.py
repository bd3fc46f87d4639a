"""The command line: `interview-app` opens the window; subcommands use the core directly."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from interview_app import __version__
from interview_app.cli import (
    bank_commands,
    doctor_command,
    judge_commands,
    math_command,
    progress_commands,
)

EXIT_USAGE = 2  # 0 and 1 are the handlers' own: success, and a graded no


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 with usage; keep one line
        raise UsageError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="interview-app",
        description="Practise machine-learning interviews. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"interview-app {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    bank_commands.register(commands)
    doctor_command.register(commands)
    judge_commands.register(commands)
    math_command.register(commands)
    progress_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            from interview_app.gui.app import run  # Qt is imported only for the window

            return run()
        return int(args.handler(args))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if debug:
            raise
        print(f"interview-app: error: {exc} (run with --debug for details)", file=sys.stderr)
        return EXIT_USAGE
