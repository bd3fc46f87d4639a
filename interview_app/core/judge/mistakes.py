"""Naming the classic mistake behind a wrong answer.

Every exercise keeps its known-wrong solutions in `wrong/`, each opening with one sentence
that says what it gets wrong. When a submission's result on a failed test is exactly what one
of them returns on the same inputs, the feedback names that mistake. The known-wrong
solutions are our own trusted code, run here in the grader's process, never the submission.
"""

from __future__ import annotations

import ast
import contextlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_app.core.judge.runners import TrustedCall, trusted_runner

if TYPE_CHECKING:
    from interview_app.core.judge.cases import Case
    from interview_app.core.judge.exercises import Exercise


def description(path: Path) -> str:
    """The first paragraph of a known-wrong solution's docstring or leading `--` comments."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".sql":
        lines = []
        for line in text.splitlines():
            if not line.strip().startswith("--"):
                break
            lines.append(line.strip().removeprefix("--").strip())
        return " ".join(lines).strip()
    try:
        doc = ast.get_docstring(ast.parse(text)) or ""
    except SyntaxError:
        return ""
    return " ".join(doc.split("\n\n")[0].split())


@cache
def _known(folder: Path, path: Path, runner: str, function: str) -> TrustedCall | None:
    """A known-wrong solution, loaded once; `runner` and `function` only key the cache."""
    from interview_app.core.judge.exercises import load_exercise

    with contextlib.suppress(Exception):
        return trusted_runner(load_exercise(folder), path.read_text(encoding="utf-8"), str(path))
    return None


def recognise_mistake(exercise: Exercise, case: Case, got: Any) -> str | None:
    """A sentence naming the known mistake whose result equals `got` on this case, if exactly
    one does: where several give the same result, naming one could name the wrong one."""
    inputs = case.inputs() if exercise.wants_case else None
    matches: list[str] = []
    for path in exercise.wrong_solutions():
        run = _known(exercise.folder, path, exercise.runner, exercise.function)
        if run is None:
            continue
        try:
            theirs = run(case)
            same = exercise.checker(theirs, got, inputs) is None
        except Exception:  # a known mistake may well crash on this input
            continue
        text = description(path)
        if same and text:
            matches.append(text)
    if len(matches) != 1:
        return None
    text = matches[0]
    word = text.split()[0]
    if word[0].isupper() and word[1:].islower():  # "Returns" reads on; "RANK", "OrderedDict" stay
        text = text[0].lower() + text[1:]
    return f"Your result is what a common mistake gives: {text}"
