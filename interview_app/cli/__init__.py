"""The command line: `interview-app` opens the window; subcommands use the core directly."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from typing import TextIO

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


class _QuietPipe(io.TextIOBase):
    """stdout that goes quiet when its reader closes the pipe (`... | head -1`), so the
    command still ends with the exit status its result calls for, and says nothing."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.closed_by_reader = stream, False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.closed_by_reader = True
        with contextlib.suppress(OSError, ValueError):  # nothing more reaches the closed pipe
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list  # accepted before or after the subcommand
    args_list = [a for a in args_list if a != "--debug"]
    quiet = _QuietPipe(sys.stdout)
    sys.stdout = quiet
    try:
        return _run(args_list, debug)
    finally:
        sys.stdout = quiet.stream
        quiet.flush()


def _run(args_list: list[str], debug: bool) -> int:
    try:
        args = build_parser().parse_args(args_list)
        args.debug = debug
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
