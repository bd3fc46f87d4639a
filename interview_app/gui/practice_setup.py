"""Choosing what to practise: topics, difficulties and kinds, with a live count of matches."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.practice import PracticeFilter, plural
from interview_app.core.vocab import Difficulty, Kind
from interview_app.gui.widgets import heading

if TYPE_CHECKING:
    from interview_app.core.bank import Bank


class PracticeSetup(QWidget):
    start_requested = Signal(object)  # PracticeFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bank: Bank | None = None

        title = QLabel("Practice")
        title.setObjectName("pageTitle")
        self.summary = QLabel("Loading questions…")
        self.summary.setObjectName("hintText")
        self.summary.setWordWrap(True)

        self.all_topics = QCheckBox("All topics")
        self.all_topics.setTristate(False)
        self.all_topics.clicked.connect(self._toggle_all)
        self.topics = QListWidget()
        self.topics.setObjectName("topicList")
        self.topics.itemChanged.connect(self._refresh)

        self.difficulty_boxes = {d: QCheckBox(d.value.capitalize()) for d in Difficulty}
        self.kind_boxes = {k: QCheckBox(k.value.capitalize()) for k in Kind}
        filters = QHBoxLayout()
        for label, boxes in (("Difficulty:", self.difficulty_boxes), ("Kind:", self.kind_boxes)):
            filters.addWidget(QLabel(label))
            for box in boxes.values():
                box.setChecked(True)
                box.toggled.connect(self._refresh)
                filters.addWidget(box)
            filters.addSpacing(24)
        filters.addStretch(1)

        self.matches = QLabel()
        self.start = QPushButton("Start practising  (Ctrl+Enter)")
        self.start.setToolTip("Start practising (Ctrl+Enter)")
        self.start.setObjectName("primary")
        self.start.setEnabled(False)
        self.start.clicked.connect(self.request_start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.matches, 1)
        bottom.addWidget(self.start)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(heading("Topics"))
        layout.addWidget(self.all_topics)
        layout.addWidget(self.topics, 1)
        layout.addLayout(filters)
        layout.addLayout(bottom)

    def set_bank(self, bank: Bank, seen: dict[str, str]) -> None:
        self._bank = bank
        self.topics.blockSignals(True)
        self.topics.clear()
        per_topic = Counter(q.topic for q in bank.questions.values())
        seen_per_topic = Counter(q.topic for q in bank.questions.values() if q.id in seen)
        for topic in bank.topics.values():
            total = per_topic.get(topic.id, 0)
            if total == 0:
                continue
            item = QListWidgetItem(
                f"{topic.title}   ·   {plural(total, 'question')}, "
                f"{seen_per_topic.get(topic.id, 0)} answered"
            )
            item.setToolTip(topic.description)
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.topics.addItem(item)
        self.topics.blockSignals(False)
        self.summary.setText(
            f"{plural(len(bank.questions), 'question')} in {plural(self.topics.count(), 'topic')}. "
            "Unanswered questions "
            "come first, then the ones you last got wrong."
        )
        self._refresh()

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    def select_topics(self, topic_ids: set[str] | None) -> None:
        """Check exactly these topics (None: all)."""
        for n in range(self.topics.count()):
            item = self.topics.item(n)
            wanted = topic_ids is None or item.data(Qt.ItemDataRole.UserRole) in topic_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def current_filter(self) -> PracticeFilter:
        topics = frozenset(
            self.topics.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.topics.count())
            if self.topics.item(n).checkState() == Qt.CheckState.Checked
        )
        return PracticeFilter(
            topics=topics,
            difficulties=frozenset(d for d, b in self.difficulty_boxes.items() if b.isChecked()),
            kinds=frozenset(k for k, b in self.kind_boxes.items() if b.isChecked()),
        )

    def matching(self) -> list:
        if self._bank is None:
            return []
        chosen = self.current_filter()
        return [q for q in self._bank.questions.values() if chosen.accepts(q)]

    def request_start(self) -> None:
        if self.start.isEnabled():
            self.start_requested.emit(self.current_filter())

    def _toggle_all(self, checked: bool) -> None:
        self.select_topics(None if checked else set())

    def _refresh(self, *_: object) -> None:
        states = [self.topics.item(n).checkState() for n in range(self.topics.count())]
        self.all_topics.setChecked(bool(states) and all(s == Qt.CheckState.Checked for s in states))
        count = len(self.matching())
        self.matches.setText(
            f"{count} question{'s' if count != 1 else ''} match."
            if count
            else "No questions match."
        )
        self.start.setEnabled(count > 0)
