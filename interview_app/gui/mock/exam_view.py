"""The timed exam: a countdown always in view, the item list, the prompt, the answer editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.mock.editors import ExamEditor
from interview_app.gui.mock.timer_widget import TimerWidget
from interview_app.gui.widgets import MarkdownView


class ExamView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("questionTitle")
        self.timer = TimerWidget()
        self.progress = QLabel()
        self.progress.setObjectName("hintText")
        self.pause_button = QPushButton("Pause")
        self.submit_button = QPushButton("Submit interview")
        self.submit_button.setObjectName("primary")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress)
        top.addWidget(self.pause_button)
        top.addWidget(self.submit_button)
        top.addWidget(self.timer)

        self.items = QListWidget()
        self.items.setObjectName("examItems")
        self.items.setFixedWidth(230)
        self.meta = QLabel()
        self.meta.setObjectName("questionMeta")
        self.prompt = MarkdownView()
        self.editors = QStackedWidget()
        self.paused_cover = QLabel("Paused. The clock is stopped; the questions are hidden.")
        self.paused_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton("◀ Previous  (Alt+Left)")
        self.next_button = QPushButton("Next ▶  (Alt+Right)")
        self.saved = QLabel()
        self.saved.setObjectName("hintText")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.saved, 1)
        nav.addWidget(self.next_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.prompt)
        split.addWidget(self.editors)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.work = QStackedWidget()
        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.meta)
        column.addWidget(split, 1)
        column.addLayout(nav)
        self.work.addWidget(center)
        self.work.addWidget(self.paused_cover)
        body = QHBoxLayout()
        body.addWidget(self.items)
        body.addWidget(self.work, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def set_editor(self, editor: ExamEditor) -> None:
        if self.editors.indexOf(editor) < 0:
            self.editors.addWidget(editor)
        self.editors.setCurrentWidget(editor)

    def clear_editors(self) -> None:
        while self.editors.count():
            widget = self.editors.widget(0)
            self.editors.removeWidget(widget)
            widget.deleteLater()

    def show_paused(self, paused: bool) -> None:
        self.work.setCurrentIndex(1 if paused else 0)
        self.pause_button.setText("Resume" if paused else "Pause")
