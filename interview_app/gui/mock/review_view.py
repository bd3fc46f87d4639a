"""After the clock: score your concept and design answers against the model answer and the
rubric while the rest is graded, then read the report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.answers import AnswerFormatError, Verdict, rubric_verdict
from interview_app.gui.mock.report_flow import outcome_for
from interview_app.gui.widgets import MarkdownView, OptionRow, heading


class SelfScore(QWidget):
    """One concept (key points) or design (rubric levels) answer beside its model answer.

    Rubric rows start with no level chosen; a design answer has no score until every row has one.
    """

    changed = Signal()

    def __init__(self, title: str, answer_markdown: str, model_markdown: str,
                 points: tuple[str, ...] = (), rubric: tuple[Any, ...] = ()) -> None:  # fmt: skip
        super().__init__()
        self.point_rows = [OptionRow(p, multiple=True) for p in points]
        self.rubric_groups: list[QButtonGroup] = []
        self.rubric_rows: list[list[OptionRow]] = []
        yours, model = MarkdownView(), MarkdownView()
        yours.set_markdown(answer_markdown or "_(not answered)_")
        model.set_markdown(model_markdown)
        split = QSplitter()
        split.addWidget(yours)
        split.addWidget(model)
        split.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(f"{title} — your answer (left) and the model answer (right)"))
        layout.addWidget(split)
        if points:
            layout.addWidget(wrapped("Tick the key points you covered"))
            for row in self.point_rows:
                layout.addWidget(row)
        for signal in rubric:
            layout.addWidget(wrapped(signal.signal))
            self._add_levels(layout, signal.levels)

    def _add_levels(self, layout: QVBoxLayout, levels: tuple[str, ...]) -> None:
        group = QButtonGroup(self)
        rows = []
        for level, text in enumerate(levels, 1):
            row = OptionRow(f"**{level}.** {text}", multiple=False)
            group.addButton(row.button, level)
            layout.addWidget(row)
            rows.append(row)
        group.idClicked.connect(lambda _id: self.changed.emit())
        self.rubric_groups.append(group)
        self.rubric_rows.append(rows)

    def levels(self) -> list[int]:
        """The chosen level of each rubric row, -1 where none is chosen yet."""
        return [group.checkedId() for group in self.rubric_groups]

    def missing(self) -> int:
        """How many rubric rows still have no level."""
        return sum(1 for level in self.levels() if level < 1)

    def score(self) -> tuple[Verdict, dict[str, Any]]:
        """The verdict and stored details; raises AnswerFormatError while a rubric row is unset."""
        if self.rubric_groups:
            if self.missing():
                raise AnswerFormatError(f"Score every rubric row first ({self.missing()} left).")
            levels = self.levels()
            return rubric_verdict(levels), {"rubric": levels}
        ticked = [n for n, row in enumerate(self.point_rows) if row.button.isChecked()]
        share = len(ticked) / len(self.point_rows) if self.point_rows else 0.0
        outcome = outcome_for(share)
        message = f"{len(ticked)}/{len(self.point_rows)} key points"
        return Verdict(outcome, share, message), {"key_points_covered": ticked}


def wrapped(text: str) -> QLabel:
    """A section heading that wraps instead of widening the scoring column."""
    label = heading(text)
    label.setWordWrap(True)
    return label


class ReviewView(QStackedWidget):
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: dict[str, SelfScore] = {}
        self.graded = False
        scoring = QWidget()
        self.status = QLabel()
        self.status.setObjectName("hintText")
        self.finish = QPushButton("Show the report")
        self.finish.setObjectName("primary")
        self.finish.setEnabled(False)
        self.finish.clicked.connect(self.finish_requested)
        self.panels = QVBoxLayout()
        inner = QWidget()
        inner.setLayout(self.panels)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.finish)
        column = QVBoxLayout(scoring)
        title = QLabel("Score yourself")
        title.setObjectName("pageTitle")
        column.addWidget(title)
        column.addWidget(scroll, 1)
        column.addLayout(bottom)
        self.report = MarkdownView()
        self.export_markdown = QPushButton("Export Markdown…")
        self.export_html = QPushButton("Export HTML…")
        self.back = QPushButton("Back to mock interviews")
        report_page = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.export_markdown)
        buttons.addWidget(self.export_html)
        report_column = QVBoxLayout(report_page)
        report_column.addWidget(self.report, 1)
        report_column.addLayout(buttons)
        self.addWidget(scoring)
        self.addWidget(report_page)

    def start_scoring(self, panels: dict[str, SelfScore]) -> None:
        while self.panels.count():
            widget = self.panels.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.scores = panels
        self.graded = False
        for panel in panels.values():
            panel.changed.connect(self.refresh)
            self.panels.addWidget(panel)
        if not panels:
            self.panels.addWidget(QLabel("Nothing to score yourself on in this interview."))
        self.panels.addStretch(1)
        self.setCurrentIndex(0)
        self.refresh()

    def missing(self) -> int:
        """Rubric rows, over all design answers, that still have no level."""
        return sum(panel.missing() for panel in self.scores.values())

    def mark_graded(self) -> None:
        """The code and maths answers are graded: the report opens once every row is scored."""
        self.graded = True
        self.refresh()

    def refresh(self) -> None:
        """Say what is still to do, and allow the report only when nothing is."""
        left = self.missing()
        rows = f"Score every rubric row above: {left} left." if left else ""
        if not self.graded:
            text = f"Grading code and maths answers… {rows}".strip()
        else:
            text = f"Graded. {rows or 'Score your own answers above, then open the report.'}"
        self.status.setText(text)
        self.finish.setEnabled(self.graded and not left)

    def show_report(self, markdown: str) -> None:
        self.report.set_markdown(markdown)
        self.setCurrentIndex(1)
