"""System-design questions in practice: a structured answer, then the model answer beside it
and the rubric to score yourself against."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.answers import AnswerFormatError
from interview_app.gui.mock.editors import DesignEditor
from interview_app.gui.panels.base import Answered, AnswerPanel
from interview_app.gui.panels.rubric import RubricScore, status_text

if TYPE_CHECKING:
    from interview_app.core.bank import DesignQuestion


class DesignPanel(AnswerPanel):
    submit_label = "Compare with the model answer"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: DesignQuestion | None = None
        self._done = False
        self.editor: DesignEditor | None = None
        self.scoring: RubricScore | None = None
        self.record = QPushButton("Record my rubric scores")
        self.record.setObjectName("primary")
        self.record.clicked.connect(self._record)
        self.status = QLabel()
        self.status.setObjectName("hintText")
        self.status.setWordWrap(True)
        self.stack = QStackedWidget()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

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
        self.status.hide()

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
        self.scoring = RubricScore(
            self._question.label, answer, self._question.answer, self._question.rubric
        )
        self.scoring.changed.connect(self._show_status)
        self.stack.addWidget(self.scoring)
        self.stack.setCurrentWidget(self.scoring)
        self.record.show()
        self.status.show()
        self._show_status()

    def _show_status(self) -> None:
        if self.scoring is not None:
            self.status.setText(status_text(self.scoring))

    def _record(self) -> None:
        if self.scoring is None or self._done or self.editor is None:
            return
        try:
            verdict = self.scoring.verdict()
        except AnswerFormatError as error:
            self.status.setText(str(error))
            return
        self._done = True
        self.record.hide()
        self.status.setText(f"Recorded. {verdict.message}")
        for rows in self.scoring.rows:
            for row in rows:
                row.button.setEnabled(False)
        details = {"rubric": self.scoring.levels(), "verdict": verdict.message}
        self.answered.emit(Answered(self.editor.value(), verdict.outcome, verdict.score, details))
