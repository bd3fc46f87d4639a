"""Choice questions: one or several options, graded at once, with the explanation after."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QButtonGroup, QLabel, QVBoxLayout, QWidget

from interview_app.core.answers import AnswerFormatError, check_choice
from interview_app.core.bank import ChoiceQuestion
from interview_app.core.practice import option_order
from interview_app.core.vocab import Outcome
from interview_app.gui.panels.base import Answered, AnswerPanel
from interview_app.gui.widgets import (
    MarkdownView,
    OptionRow,
    VerdictBanner,
    heading,
    option_keys,
    option_keys_hint,
)


class ChoicePanel(AnswerPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: ChoiceQuestion | None = None
        self._order: list[int] = []
        self._done = False
        self.rows: list[OptionRow] = []
        self._group: QButtonGroup | None = None

        self.instruction = QLabel()
        self.instruction.setObjectName("hintText")
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel()
        self.error.setObjectName("inputError")
        self.banner = VerdictBanner()
        self.explanation_title = heading("Explanation")
        self.explanation = MarkdownView()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.instruction)
        layout.addWidget(self.options_box)
        layout.addWidget(self.error)
        layout.addWidget(self.banner)
        layout.addWidget(self.explanation_title)
        layout.addWidget(self.explanation, 1)
        layout.addStretch(1)  # holds the space until the explanation is shown
        self._layout = layout
        self._keys = option_keys(self, self.pick)

    def pick(self, shown: int) -> None:
        """Tick (or, for several answers, toggle) the option shown at `shown`, from 0."""
        if not self._done and 0 <= shown < len(self.rows):
            self.rows[shown].button.click()

    def load(self, question: ChoiceQuestion, rng: random.Random) -> None:
        self._question, self._done = question, False
        self._order = option_order(question, rng)
        for row in self.rows:
            row.deleteLater()
        self._group = QButtonGroup(self)
        self._group.setExclusive(not question.multiple)
        self.rows = []
        for n, index in enumerate(self._order):
            row = OptionRow(f"**{chr(65 + n)}.** {question.options[index]}", question.multiple)
            self._group.addButton(row.button)
            row.toggled.connect(lambda _=False: self.error.clear())
            self.options_layout.addWidget(row)
            self.rows.append(row)
        what = "Select all that apply." if question.multiple else "Select one answer."
        self.instruction.setText(f"{what} {option_keys_hint(len(self.rows))}")
        self.error.clear()
        self.banner.hide()
        self.explanation_title.hide()
        self.explanation.hide()
        self._layout.setStretch(self._layout.count() - 1, 1)

    def focus_input(self) -> None:
        if self.rows:
            self.rows[0].button.setFocus()

    @property
    def done(self) -> bool:
        return self._done

    def select(self, option_indices: list[int]) -> None:
        """Tick the given options (indices into the question's `options`)."""
        for shown, index in enumerate(self._order):
            self.rows[shown].button.setChecked(index in option_indices)

    def selected(self) -> list[int]:
        return sorted(self._order[n] for n, row in enumerate(self.rows) if row.button.isChecked())

    def submit(self) -> None:
        if self._question is None or self._done:
            return
        chosen = self.selected()
        try:
            verdict = check_choice(self._question, chosen)
        except AnswerFormatError as exc:
            self.error.setText(str(exc))
            return
        self._done = True
        for shown, index in enumerate(self._order):
            row = self.rows[shown]
            row.button.setEnabled(False)
            is_right, picked = index in self._question.correct, index in chosen
            if is_right and picked:
                row.set_state("correct", "✓")
            elif picked:
                row.set_state("wrong", "✗")
            elif is_right:
                row.set_state("missed", "✓ (missed)")
        kind = {Outcome.CORRECT: "correct", Outcome.PARTIAL: "partial"}.get(
            verdict.outcome, "incorrect"
        )
        self.banner.show_verdict(kind, verdict.message)
        self.explanation.set_markdown(self._question.answer)
        self.explanation_title.show()
        self.explanation.show()
        self._layout.setStretch(self._layout.count() - 1, 0)
        self.answered.emit(
            Answered(
                answer=chosen,
                outcome=verdict.outcome,
                score=verdict.score,
                details={"shown_order": self._order},
            )
        )
