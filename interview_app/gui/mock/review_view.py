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
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.widgets import MarkdownView, OptionRow, heading


class SelfScore(QWidget):
    """One concept (key points) or design (rubric levels) answer beside its model answer."""

    def __init__(self, title: str, answer_markdown: str, model_markdown: str,
                 points: tuple[str, ...] = (), rubric: tuple[Any, ...] = ()) -> None:  # fmt: skip
        super().__init__()
        self.point_rows = [OptionRow(p, multiple=True) for p in points]
        self.rubric_groups: list[QButtonGroup] = []
        yours, model = MarkdownView(), MarkdownView()
        yours.set_markdown(answer_markdown or "_(not answered)_")
        model.set_markdown(model_markdown)
        split = QSplitter()
        split.addWidget(yours)
        split.addWidget(model)
        split.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(f"{title} — your answer (left) and the model answer (right)"))
        layout.addWidget(split)
        if points:
            layout.addWidget(heading("Tick the key points you covered"))
            for row in self.point_rows:
                layout.addWidget(row)
        for signal in rubric:
            layout.addWidget(heading(signal.signal))
            group = QButtonGroup(self)
            for level, text in enumerate(signal.levels, 1):
                button = QRadioButton(f"{level}. {text}")
                group.addButton(button, level)
                layout.addWidget(button)
            group.button(1).setChecked(True)
            self.rubric_groups.append(group)

    def score(self) -> tuple[float, str, dict[str, Any]]:
        if self.rubric_groups:
            levels = [g.checkedId() for g in self.rubric_groups]
            mean = sum(levels) / len(levels)
            return (mean - 1) / 3, f"rubric {mean:.1f}/4", {"rubric": levels}
        ticked = [n for n, row in enumerate(self.point_rows) if row.button.isChecked()]
        share = len(ticked) / len(self.point_rows) if self.point_rows else 0.0
        return (
            share,
            f"{len(ticked)}/{len(self.point_rows)} key points",
            {"key_points_covered": ticked},
        )


class ReviewView(QStackedWidget):
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: dict[str, SelfScore] = {}
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
        for panel in panels.values():
            self.panels.addWidget(panel)
        if not panels:
            self.panels.addWidget(QLabel("Nothing to score yourself on in this interview."))
        self.panels.addStretch(1)
        self.setCurrentIndex(0)

    def show_report(self, markdown: str) -> None:
        self.report.set_markdown(markdown)
        self.setCurrentIndex(1)
