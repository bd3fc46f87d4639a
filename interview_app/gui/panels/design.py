"""System-design questions in practice: a structured answer, then the model answer beside it
and the rubric to score yourself against."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from interview_app.core.vocab import Outcome
from interview_app.gui.mock.editors import DesignEditor
from interview_app.gui.mock.review_view import SelfScore
from interview_app.gui.panels.base import Answered, AnswerPanel

if TYPE_CHECKING:
    from interview_app.core.bank import DesignQuestion


class DesignPanel(AnswerPanel):
    submit_label = "Compare with the model answer"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: DesignQuestion | None = None
        self._done = False
        self.editor: DesignEditor | None = None
        self.scoring: SelfScore | None = None
        self.record = QPushButton("Record my rubric scores")
        self.record.setObjectName("primary")
        self.record.clicked.connect(self._record)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.record)

    def load(self, question: DesignQuestion, rng: random.Random) -> None:
        self._question, self._done = question, False
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.editor = DesignEditor(question.sections)
        self.stack.addWidget(self.editor)
        self.scoring = None
        self.record.hide()

    def focus_input(self) -> None:
        if self.editor is not None:
            next(iter(self.editor.boxes.values())).setFocus()

    @property
    def done(self) -> bool:
        return self._done

    def submit(self) -> None:
        if self._question is None or self.editor is None or self.scoring is not None:
            return
        value = self.editor.value() or {}
        answer = "\n\n".join(
            f"**{title}**\n\n{text}" for title, text in value.items() if text.strip()
        )
        self.scoring = SelfScore(
            self._question.label, answer, self._question.answer, rubric=self._question.rubric
        )
        self.stack.addWidget(self.scoring)
        self.stack.setCurrentWidget(self.scoring)
        self.record.show()

    def _record(self) -> None:
        if self.scoring is None or self._done or self.editor is None:
            return
        self._done = True
        self.record.hide()
        score, verdict, details = self.scoring.score()
        outcome = (
            Outcome.CORRECT
            if score >= 0.67
            else Outcome.PARTIAL
            if score > 0
            else Outcome.INCORRECT
        )
        self.answered.emit(
            Answered(self.editor.value(), outcome, score, {**details, "verdict": verdict})
        )
