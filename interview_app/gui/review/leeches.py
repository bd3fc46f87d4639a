"""The Leeches tab: items failed on three or more separate days, with a way to practise them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.review import model as words

if TYPE_CHECKING:
    from interview_app.gui.review.model import ReviewModel


class LeechTab(QWidget):
    selected = Signal(str)  # item id of the leech made current
    practise_one = Signal(str)  # item id of a double-clicked leech

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel()
        self.hint.setObjectName("hintText")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("leechList")
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.button = QPushButton("Practise leeches")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_model(self, model: ReviewModel, topic_title: Callable[[str], str]) -> int:
        """List the model's leeches; returns how many there are."""
        leeches = [c for c in model.dashboard.leeches if c.item_id in model.items]
        self.list.blockSignals(True)
        self.list.clear()
        for card in leeches:
            item = model.items[card.item_id]
            text = (
                f"{item.title}\n{topic_title(item.topic)}  ·  "
                f"failed on {words.plural(card.fails, 'day')}"
            )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, card.item_id)
            self.list.addItem(row)
        self.list.blockSignals(False)
        self.button.setEnabled(bool(leeches))
        self.hint.setText(
            "Items you have failed on three or more separate days. Read the explanation again, "
            "then practise them."
            if leeches
            else "No leeches: nothing has been failed on three separate days."
        )
        return len(leeches)

    def select_quietly(self, item_id: str) -> None:
        """Make the item current (if listed) without announcing it: used to restore a selection."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)

    def _current_changed(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        if current is not None:
            self.selected.emit(current.data(Qt.ItemDataRole.UserRole))

    def _double_clicked(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id:
            self.practise_one.emit(item_id)
