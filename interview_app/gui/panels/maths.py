"""Maths questions: type an expression, see at once how it was read, submit for a symbolic check.

Parsing for the preview and the check both run off the GUI thread; the check itself runs in
the maths checker's own process, bounded by its deadline.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from interview_app.core.vocab import Outcome
from interview_app.gui.panels.base import Answered, AnswerPanel
from interview_app.gui.widgets import MarkdownView, VerdictBanner, heading

if TYPE_CHECKING:
    from interview_app.core.bank import MathQuestion
    from interview_app.gui.context import AppContext

PREVIEW_DELAY_MS = 120


DOMAIN_WORDS = {
    "real": "any real number", "positive": "> 0", "nonnegative": ">= 0", "negative": "< 0",
    "unit-interval": "between 0 and 1",
}  # fmt: skip


def variables_text(question: MathQuestion) -> str:
    """The variables as the user should read them, with the domains the question declares."""
    declared = dict(question.domains)
    if not declared:
        names = ", ".join(question.variables)
        return f"{names} (all positive)" if question.positive else names
    default = "positive" if question.positive else "real"
    parts = [
        f"{v} {DOMAIN_WORDS.get(declared.get(v, default), '')}".strip() for v in question.variables
    ]
    return ", ".join(parts)


def preview(text: str, variables: tuple[str, ...], positive: bool) -> tuple[bool, str]:
    """(ok, rich-text HTML of the reading, as typed, or an error message); on a worker thread."""
    from interview_app.core.maths.display import as_html
    from interview_app.core.maths.lexer import MathSyntaxError
    from interview_app.core.maths.parser import make_symbols, parse

    try:
        parsed = parse(text, make_symbols(variables, positive))
    except MathSyntaxError as exc:
        return False, str(exc)
    return True, f"<span style='font-size: large'>{as_html(parsed.tree, parsed.numbers)}</span>"


class MathPanel(AnswerPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._question: MathQuestion | None = None
        self._done = False
        self._checking = False
        self._sequence = 0
        self.input = QLineEdit()
        self.input.setPlaceholderText("e.g. 2x e^(x^2)   or   sigma(z)(1 - sigma(z))")
        self.input.setMaxLength(400)
        self.input.returnPressed.connect(self.submit)
        self.input.textEdited.connect(lambda _: self._timer.start())
        self.variables = QLabel()
        self.variables.setObjectName("hintText")
        self.rendered = QLabel()
        self.rendered.setObjectName("mathPreview")
        self.rendered.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setObjectName("inputError")
        self.error.setWordWrap(True)
        self.banner = VerdictBanner()
        self.solution_title = heading("Worked solution")
        self.solution = MarkdownView()
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._update_preview)

        row = QHBoxLayout()
        row.addWidget(QLabel("Your answer:"))
        row.addWidget(self.input, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.variables)
        layout.addWidget(heading("Read as"))
        layout.addWidget(self.rendered)
        layout.addWidget(self.error)
        layout.addWidget(self.banner)
        layout.addWidget(self.solution_title)
        layout.addWidget(self.solution, 1)
        layout.addStretch(1)
        self._layout = layout

    def load(self, question: MathQuestion, rng: random.Random) -> None:
        self._question, self._done, self._checking = question, False, False
        self.input.clear()
        self.input.setReadOnly(False)
        self.variables.setText(
            f"Variables: {variables_text(question)}. Use ^ for powers; 2x and x(x+1) multiply."
        )
        self.rendered.setText("")
        self.error.clear()
        self.banner.hide()
        self.solution_title.hide()
        self.solution.hide()
        self._layout.setStretch(self._layout.count() - 1, 1)
        self.ctx.start_math_checker()

    def focus_input(self) -> None:
        self.input.setFocus()

    @property
    def done(self) -> bool:
        return self._done

    def _update_preview(self) -> None:
        question, text = self._question, self.input.text()
        if question is None:
            return
        if not text.strip():
            self.rendered.clear()
            self.error.clear()
            return
        self._sequence += 1
        sequence = self._sequence
        self.ctx.runner.run(
            lambda: preview(text, question.variables, question.positive),
            lambda result: self._show_preview(sequence, result),
        )

    def _show_preview(self, sequence: int, result: tuple[bool, str]) -> None:
        if sequence != self._sequence:
            return  # the user typed on; a newer preview is on its way
        ok, text = result
        self.rendered.setText(text if ok else "")
        self.error.setText("" if ok else text)

    def submit(self) -> None:
        question, text = self._question, self.input.text()
        if question is None or self._done or self._checking:
            return
        if not text.strip():
            self.error.setText("Type an expression first.")
            return
        self._checking = True
        self.banner.show_verdict("partial", "Checking…")
        checker = self.ctx.math_checker()
        spec = question.spec()
        self.ctx.runner.run(lambda: checker.check(spec, text), lambda r: self._checked(text, r))

    def _checked(self, text: str, result: dict[str, Any]) -> None:
        self._checking = False
        verdict = result["verdict"]
        if verdict in ("invalid", "undetermined"):
            self.banner.hide()
            note = (
                ""
                if verdict == "invalid"
                else " Nothing was recorded; try again or simplify your answer."
            )
            self.error.setText(f"{result['message']}{note}")
            return
        self._done = True
        self.input.setReadOnly(True)
        correct = verdict == "correct"
        self.banner.show_verdict("correct" if correct else "incorrect",
                                 ("Correct. " if correct else "Not quite. ") + result["message"])  # fmt: skip
        self.solution.set_markdown(
            f"Expected: `{self._question.expected}`\n\n{self._question.answer}"
        )
        self.solution_title.show()
        self.solution.show()
        self._layout.setStretch(self._layout.count() - 1, 0)
        self.answered.emit(
            Answered(
                answer=text,
                outcome=Outcome.CORRECT if correct else Outcome.INCORRECT,
                score=1.0 if correct else 0.0,
                details={"parsed": result["parsed"], "message": result["message"]},
            )
        )
