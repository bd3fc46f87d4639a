"""What the dashboard says before there is anything to chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SHOWS = (
    ("Mastery by topic", "how much of each topic you would likely get right today"),
    ("Accuracy and volume", "week by week, so you can see the trend"),
    ("A practice calendar", "every day you practised, GitHub-style"),
    ("Reviews coming up", "what spaced review brings back over the next two weeks"),
    ("Mock interview scores", "one point per finished interview"),
    ("Your weakest items", "ready to practise again with one click"),
)


class EmptyState(QWidget):
    go_practice = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel("Your progress will appear here")
        self.headline.setObjectName("emptyHeadline")
        self.intro = QLabel("Answer a few questions and this page fills in with:")
        self.intro.setObjectName("emptyBody")
        items = "".join(f"<li><b>{name}</b>: {what}</li>" for name, what in SHOWS)
        self.body = QLabel(f"<ul style='margin-left: -20px'>{items}</ul>")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setObjectName("emptyBody")
        self.body.setWordWrap(True)
        self.button = QPushButton("Start on the Practice page")
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.go_practice)
        box = QFrame()
        box.setObjectName("dashCard")
        box.setFixedWidth(580)
        column = QVBoxLayout(box)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(10)
        column.addWidget(self.headline)
        column.addWidget(self.intro)
        column.addWidget(self.body)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        # Centred by stretches, not alignment: an aligned widget gets its size hint and would
        # cut the wrapped list short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
