"""The coding page's exercise list: filters, then one row per exercise, sorted case-insensitively."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from interview_app.core.judge.exercises import Exercise

ALL = "all"
SQL_MARK = "  [SQL]"


def row_text(exercise: Exercise, solved: bool) -> str:
    """A list row: the solved tick (or its room), the title, and a mark on SQL exercises."""
    mark = SQL_MARK if exercise.kind == "sql" else ""
    return ("✓ " if solved else "    ") + exercise.title + mark


def list_order(exercise: Exercise) -> tuple[bool, str]:
    """Algorithms first, then by title ignoring case ("k-means" sorts with "K-nearest")."""
    return (exercise.topic != "algorithms", exercise.title.casefold())


class ExerciseList(QWidget):
    """Filters and the list; emits the chosen exercise id."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercises: dict[str, Exercise] = {}
        self._topics: dict[str, str] = {}
        self.solved: set[str] = set()
        self.topic = QComboBox()
        self.difficulty = QComboBox()
        self.difficulty.addItem("Any difficulty", ALL)
        for level in ("easy", "medium", "hard"):
            self.difficulty.addItem(level.capitalize(), level)
        self.status = QComboBox()
        for label, value in (
            ("Solved or not", ALL),
            ("Unsolved", "unsolved"),
            ("Solved", "solved"),
        ):
            self.status.addItem(label, value)
        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel()
        self.count.setObjectName("hintText")
        self.count.setWordWrap(True)
        for combo in (self.topic, self.difficulty, self.status):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.topic, self.difficulty, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)

    def set_exercises(self, exercises: dict[str, Exercise], topic_titles: dict[str, str]) -> None:
        """Show these exercises; topic filter entries use the bank's topic titles."""
        self._exercises, self._topics = exercises, topic_titles
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem("All topics", ALL)
        names = {e.topic: topic_titles.get(e.topic, e.topic) for e in exercises.values()}
        for topic, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.topic.addItem(name, topic)
        self.topic.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the rows for the filters; the selection and the scroll position stay put."""
        current = self.current_id()
        scroll = self.list.verticalScrollBar().value()
        topic, level, status = (c.currentData() for c in (self.topic, self.difficulty, self.status))
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in sorted(self._exercises.values(), key=list_order):
            solved = exercise.id in self.solved
            if topic not in (ALL, exercise.topic) or level not in (ALL, exercise.difficulty.value):
                continue
            if (status == "solved" and not solved) or (status == "unsolved" and solved):
                continue
            item = QListWidgetItem(row_text(exercise, solved))
            what = "SQL query · " if exercise.kind == "sql" else ""
            item.setToolTip(
                f"{what}{exercise.difficulty.value} · "
                f"{self._topics.get(exercise.topic, exercise.topic)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.list.addItem(item)
            if exercise.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.verticalScrollBar().setValue(scroll)
        self.count.setText(
            f"{self.list.count()} of {len(self._exercises)} exercises, {len(self.solved)} solved"
        )

    def set_solved(self, solved: set[str]) -> None:
        """Update the ticks; rows are rebuilt only when the solved filter is on."""
        self.solved = set(solved)
        if self.status.currentData() != ALL:
            self.refresh()
            return
        for n in range(self.list.count()):
            item = self.list.item(n)
            exercise = self._exercises.get(item.data(Qt.ItemDataRole.UserRole))
            if exercise is not None:
                item.setText(row_text(exercise, exercise.id in self.solved))
        self.count.setText(
            f"{self.list.count()} of {len(self._exercises)} exercises, {len(self.solved)} solved"
        )

    def titles(self) -> list[str]:
        """The shown titles, in order (without the solved tick or the SQL mark)."""
        texts = (self.list.item(n).text()[2:].strip() for n in range(self.list.count()))
        return [t.removesuffix(SQL_MARK.strip()).rstrip() for t in texts]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, exercise_id: str) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == exercise_id:
                if self.list.currentRow() != n:
                    self.list.setCurrentRow(n)
                return

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
