"""Numeric questions: a number within the question's tolerance, then the worked solution."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from interview_app.core.answers import (
    AnswerFormatError,
    check_numeric,
    parse_number,
)
from interview_app.core.bank import NumericQuestion
from interview_app.core.vocab import Outcome
from interview_app.gui.panels.base import Answered, AnswerPanel
from interview_app.gui.widgets import MarkdownView, VerdictBanner, heading


class NumericPanel(AnswerPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: NumericQuestion | None = None
        self._done = False
        self.input = QLineEdit()
        self.input.setPlaceholderText("e.g. 0.25, 1/4, 25% or 2.5e-1")
        self.input.setMaxLength(64)
        self.input.returnPressed.connect(self.submit)
        self.input.textEdited.connect(self._preview)
        self.unit = QLabel()
        self.error = QLabel()
        self.error.setObjectName("inputError")
        self.banner = VerdictBanner()
        self.solution_title = heading("Worked solution")
        self.solution = MarkdownView()

        row = QHBoxLayout()
        row.addWidget(QLabel("Your answer:"))
        row.addWidget(self.input, 1)
        row.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.banner)
        layout.addWidget(self.solution_title)
        layout.addWidget(self.solution, 1)
        layout.addStretch(1)  # holds the space until the solution is shown
        self._layout = layout

    def load(self, question: NumericQuestion, rng: random.Random) -> None:
        self._question, self._done = question, False
        self.input.clear()
        self.input.setReadOnly(False)
        self.unit.setText(question.unit)
        self.error.clear()
        self.banner.hide()
        self.solution_title.hide()
        self.solution.hide()
        self._layout.setStretch(self._layout.count() - 1, 1)

    def focus_input(self) -> None:
        self.input.setFocus()

    @property
    def done(self) -> bool:
        return self._done

    def _preview(self, text: str) -> None:
        if not text.strip():
            self.error.clear()
            return
        try:
            parse_number(text, self._question.unit if self._question else "")
            self.error.clear()
        except AnswerFormatError as exc:
            self.error.setText(str(exc))

    def submit(self) -> None:
        if self._question is None or self._done:
            return
        try:
            verdict = check_numeric(self._question, self.input.text())
        except AnswerFormatError as exc:
            self.error.setText(str(exc))
            return
        self._done = True
        self.input.setReadOnly(True)
        self.error.clear()
        correct = verdict.outcome is Outcome.CORRECT
        self.banner.show_verdict("correct" if correct else "incorrect", verdict.message)
        self.solution.set_markdown(self._question.answer)
        self.solution_title.show()
        self.solution.show()
        self._layout.setStretch(self._layout.count() - 1, 0)
        self.answered.emit(
            Answered(
                answer=self.input.text().strip(),
                outcome=verdict.outcome,
                score=verdict.score,
                details={"value": parse_number(self.input.text(), self._question.unit)},
            )
        )
