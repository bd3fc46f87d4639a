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

HANDLE_STYLE = (
    "QSplitter::handle { background: #d9dee3; } QSplitter::handle:hover { background: #a5b4c4; }"
)


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
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setMinimumWidth(160)
        self.meta = QLabel()
        self.meta.setObjectName("questionMeta")
        self.meta.setWordWrap(True)
        self.prompt = MarkdownView()
        self.editors = QStackedWidget()
        self.paused_cover = QLabel("Paused. The clock is stopped; the questions are hidden.")
        self.paused_cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = QPushButton("◀ Previous  (Alt+Left)")
        self.previous_button.setToolTip("Previous item (Alt+Left)")
        self.next_button = QPushButton("Next ▶  (Alt+Right)")
        self.next_button.setToolTip("Next item (Alt+Right)")
        self.saved = QLabel()
        self.saved.setObjectName("hintText")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.saved, 1)
        nav.addWidget(self.next_button)
        # The prompt stays compact (it scrolls); the answer gets most of the height.
        split = QSplitter(Qt.Orientation.Vertical)
        split.setHandleWidth(6)
        split.setStyleSheet(HANDLE_STYLE)
        split.addWidget(self.prompt)
        split.addWidget(self.editors)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        self.prompt.setMinimumHeight(90)
        self.split = split
        self.work = QStackedWidget()
        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.meta)
        column.addWidget(split, 1)
        column.addLayout(nav)
        self.work.addWidget(center)
        self.work.addWidget(self.paused_cover)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setHandleWidth(6)
        body.setStyleSheet(HANDLE_STYLE)
        body.addWidget(self.items)
        body.addWidget(self.work)
        body.setCollapsible(1, False)
        body.setStretchFactor(0, 0)
        body.setStretchFactor(1, 1)
        self.body = body
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.body.setSizes([200, max(400, self.body.width() - 200)])
            height = max(self.split.height(), 400)
            self.split.setSizes([height * 3 // 10, height - height * 3 // 10])

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
