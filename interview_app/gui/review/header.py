"""The Review page's header: a summary of what is due and the buttons that start a session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interview_app.gui.review import model as words

if TYPE_CHECKING:
    from interview_app.gui.review.model import ReviewModel


class ReviewHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Review")
        title.setObjectName("pageTitle")
        self.summary = QLabel("Loading…")
        self.summary.setObjectName("reviewSummary")
        self.start_button = QPushButton("Start review")
        self.start_button.setObjectName("startReview")
        self.start_button.setEnabled(False)
        self.start_note = QLabel()
        self.start_note.setObjectName("hintText")
        self.start_note.setWordWrap(True)  # gives way to the summary on a narrow window
        self.weak_button = QPushButton("Review weak topics")
        self.weak_button.setEnabled(False)
        self.weak_topics = QLabel()
        self.weak_topics.setObjectName("hintText")
        self.weak_topics.setWordWrap(True)
        summary = QHBoxLayout()
        summary.addWidget(self.summary)
        summary.addSpacing(12)
        summary.addWidget(self.start_note, 1, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.weak_button)
        buttons.addSpacing(4)
        buttons.addWidget(self.weak_topics, 1)
        header = QVBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)  # sits flush, as a nested layout would
        header.addWidget(title)
        header.addLayout(summary)
        header.addSpacing(4)
        header.addLayout(buttons)

    def show_model(self, model: ReviewModel, topic_title: Callable[[str], str]) -> None:
        self.summary.setText(words.summary_text(model))
        questions = sum(1 for e in model.queue if not e.item.is_code)
        exercises = len(model.queue) - questions
        count = questions or exercises  # with only exercises due, the button opens the first
        self.start_button.setEnabled(bool(count))
        self.start_button.setText(f"Start review ({count})" if count else "Start review")
        self.start_button.setToolTip(
            "Opens the first coding exercise on the Coding page."
            if exercises and not questions
            else "Answers the due questions one after another, most urgent first."
        )
        self.start_note.setText(
            f"{words.plural(questions, 'question')} to start; "
            f"{words.plural(exercises, 'coding exercise')}: double-click one to open it"
            if exercises and questions
            else ""
        )
        self.start_note.setVisible(bool(self.start_note.text()))
        self.weak_button.setEnabled(model.has_history and bool(model.weak))
        names = ", ".join(topic_title(t) for t in model.weak_topics)
        self.weak_topics.setText(f"Weakest: {names}" if model.has_history and names else "")
