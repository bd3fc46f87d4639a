"""Scoring a design answer against its rubric: both answers side by side, then one row of
levels per signal, all in one scroll area so nothing is drawn over anything else."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.answers import AnswerFormatError, Verdict, rubric_verdict
from interview_app.gui.widgets import MarkdownView, OptionRow, heading


class RubricScore(QScrollArea):
    """Your answer beside the model answer, and the rubric with no level chosen yet."""

    changed = Signal()

    def __init__(self, title: str, answer: str, model: str, rubric: tuple[Any, ...]) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups: list[QButtonGroup] = []
        self.rows: list[list[OptionRow]] = []
        inner = QWidget()
        layout = QVBoxLayout(inner)
        caption = heading(f"{title}: your answer (left) and the model answer (right)")
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self._panes(answer, model))
        for signal in rubric:
            layout.addWidget(self._signal(signal.signal, signal.levels))
        layout.addStretch(1)
        self.setWidget(inner)

    def _panes(self, answer: str, model: str) -> QSplitter:
        yours, theirs = MarkdownView(), MarkdownView()
        yours.set_markdown(answer or "_(not answered)_")
        theirs.set_markdown(model)
        split = QSplitter()
        split.addWidget(yours)
        split.addWidget(theirs)
        split.setMinimumHeight(320)
        return split

    def _signal(self, name: str, levels: tuple[str, ...]) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        title = heading(name)
        title.setWordWrap(True)
        column.addWidget(title)
        group = QButtonGroup(box)
        rows = []
        for level, text in enumerate(levels, 1):
            row = OptionRow(f"**{level}.** {text}", multiple=False)
            group.addButton(row.button, level)
            column.addWidget(row)
            rows.append(row)
        group.idClicked.connect(lambda _id: self.changed.emit())
        self.groups.append(group)
        self.rows.append(rows)
        return box

    def levels(self) -> list[int]:
        """The chosen level of each signal, -1 where none is chosen yet."""
        return [group.checkedId() for group in self.groups]

    def missing(self) -> int:
        return sum(1 for level in self.levels() if level < 1)

    def verdict(self) -> Verdict:
        """The recorded outcome; raises AnswerFormatError until every row is scored."""
        if self.missing():
            raise AnswerFormatError(f"Score every rubric row first ({self.missing()} left).")
        return rubric_verdict(self.levels())


def status_text(score: RubricScore) -> str:
    """What the record button's neighbour says: how many rows remain, or the outcome."""
    try:
        return score.verdict().message
    except AnswerFormatError as error:
        return str(error)
