"""Choosing a mock interview: presets by role, level and employer; a custom builder; history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.mock.presets import ITEM_KINDS, Preset, Section
from interview_app.gui.widgets import heading


class MockSetup(QWidget):
    start_requested = Signal(object, bool)  # (Preset, blind)
    report_requested = Signal(int)  # a finished session's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets: dict[str, Preset] = {}
        self.topic_titles: dict[str, str] = {}
        title = QLabel("Mock interview")
        title.setObjectName("pageTitle")
        intro = QLabel("A timed loop like the real thing: answers and solutions stay hidden until the end, "
                       "code is graded silently, and a report follows.")  # fmt: skip
        intro.setWordWrap(True)
        intro.setObjectName("hintText")
        self.list = QListWidget()
        self.list.setObjectName("presetList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._describe)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.blind = QCheckBox("Blind mode: hide each question's topic and difficulty")
        self.start = QPushButton("Start interview  (Ctrl+Enter)")
        self.start.setToolTip("Start interview (Ctrl+Enter)")
        self.start.setObjectName("primary")
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start_preset)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(
                lambda: self.isVisible() and self.start.isEnabled() and self.start.click()
            )

        self.custom_topics = QComboBox()
        self.custom_kinds = {k: QCheckBox(k) for k in ITEM_KINDS}
        for name, box in self.custom_kinds.items():
            box.setChecked(name in ("concept", "choice", "numeric"))
        self.custom_count = QSpinBox(minimum=1, maximum=20, value=6)
        self.custom_minutes = QSpinBox(minimum=5, maximum=120, value=20, suffix=" min")
        self.custom_start = QPushButton("Start custom interview")
        self.custom_start.clicked.connect(self._start_custom)
        kinds = QGridLayout()
        for n, box in enumerate(self.custom_kinds.values()):
            kinds.addWidget(box, n // 3, n % 3)
        form = QFormLayout()
        form.addRow("Topic", self.custom_topics)
        form.addRow("Kinds", kinds)
        form.addRow("Questions", self.custom_count)
        form.addRow("Time", self.custom_minutes)

        self.history = QListWidget()
        self.history.itemActivated.connect(
            lambda item: self.report_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        left = QVBoxLayout()
        left.addWidget(heading("Presets"))
        left.addWidget(self.list, 1)
        left.addWidget(self.description)
        left.addWidget(self.blind)
        left.addWidget(self.start)
        right = QVBoxLayout()
        right.addWidget(heading("Custom interview"))
        right.addLayout(form)
        right.addWidget(self.custom_start)
        right.addWidget(heading("Earlier interviews (double-click for the report)"))
        right.addWidget(self.history, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

    def set_presets(self, presets: dict[str, Preset], topics: dict[str, str]) -> None:
        self.presets, self.topic_titles = presets, dict(topics)
        self.list.clear()
        for preset in presets.values():
            item = QListWidgetItem(preset.title)
            item.setData(Qt.ItemDataRole.UserRole, preset.id)
            self.list.addItem(item)
        self.custom_topics.clear()
        self.custom_topics.addItem("Any topic", "")
        for topic_id, title in topics.items():
            self.custom_topics.addItem(title, topic_id)
        if self.list.count():
            self.list.setCurrentRow(0)

    def set_history(self, rows: list[dict]) -> None:
        self.history.clear()
        for row in rows:
            score = "" if row["overall"] is None else f"{row['overall']:.0%}"
            item = QListWidgetItem(
                f"{row['started_at'][:16].replace('T', ' ')}   {score:>4}   {row['title']}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.history.addItem(item)

    def select(self, preset_id: str) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == preset_id:
                self.list.setCurrentRow(n)

    def _describe(self, item: QListWidgetItem | None) -> None:
        preset = self.presets.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.start.setEnabled(preset is not None)
        if preset is None:
            return
        parts = [self._section_line(s) for s in preset.sections]
        pause = "Pausing allowed." if preset.pause_allowed else "No pausing."
        self.description.setText(f"{preset.description}\n\n" + "\n".join(parts) + f"\n\n{pause}")

    def _section_line(self, section: Section) -> str:
        """One line per section, topics by their titles as on every other page."""
        topics = ", ".join(self.topic_titles.get(t, t) for t in section.topics) or "any topic"
        kinds = "/".join(section.kinds)
        return f"{section.title}: {section.count} × {kinds} from {topics}, {section.minutes} min"

    def _start_preset(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.start_requested.emit(
                self.presets[item.data(Qt.ItemDataRole.UserRole)], self.blind.isChecked()
            )

    def _start_custom(self) -> None:
        kinds = tuple(k for k, box in self.custom_kinds.items() if box.isChecked())
        if not kinds:
            return
        topic = self.custom_topics.currentData()
        section = Section("Custom", self.custom_minutes.value(), self.custom_count.value(), kinds,
                          (topic,) if topic else (), ())  # fmt: skip
        preset = Preset("custom", f"Custom: {self.custom_count.value()} questions, {self.custom_minutes.value()} min",
                        "custom", "mid", "any", "Built by you.", True, (section,))  # fmt: skip
        self.start_requested.emit(preset, self.blind.isChecked())
