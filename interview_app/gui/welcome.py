"""The first start's welcome: what each page is for and a first step. A panel, never a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PAGES_TEXT = (
    "<b>Practice</b>: questions by topic, answered and checked one at a time. "
    "<b>Review</b>: what is due again today, spaced so you remember it. "
    "<b>Mock interview</b>: a timed set with no feedback until the end, then a report. "
    "<b>Coding</b>: exercises in Python and SQL, run against hidden tests. "
    "<b>Progress</b> and <b>History</b>: how each topic is going, and every answer you gave."
)


class Welcome(QWidget):
    """Shown above the pages on the first start; it goes away when dismissed or a step is chosen."""

    step_chosen = Signal(str)  # "warm-up", "mock" or "topics"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#welcome { background: #e7f5ff; border-bottom: 1px solid #d9dee3; }"
        )
        title = QLabel("Welcome. Here is what each page is for.")
        title.setObjectName("questionTitle")
        title.setWordWrap(True)
        self.pages = QLabel(PAGES_TEXT)
        self.pages.setWordWrap(True)
        self.pages.setTextFormat(Qt.TextFormat.RichText)
        first = QLabel("A first step:")
        self.warm_up = QPushButton("10-minute warm-up")
        self.warm_up.setObjectName("primary")
        self.warm_up.setToolTip("A few quick questions from several topics")
        self.mock = QPushButton("Try a mock interview")
        self.topics = QPushButton("Choose topics to practise")
        self.dismiss = QPushButton("Dismiss")
        for button, step in ((self.warm_up, "warm-up"), (self.mock, "mock"),
                             (self.topics, "topics")):  # fmt: skip
            button.clicked.connect(lambda _=False, s=step: self._choose(s))
        self.dismiss.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(first)
        row.addWidget(self.warm_up)
        row.addWidget(self.mock)
        row.addWidget(self.topics)
        row.addStretch(1)
        row.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.pages)
        layout.addLayout(row)

    def _choose(self, step: str) -> None:
        self.hide()
        self.step_chosen.emit(step)
