"""The weakest items: a short table to act on, leeches flagged, practise with one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.progress.dashboard import WeakItem
from interview_app.core.review.policy import LEECH_FAILS
from interview_app.gui.dashboard.colours import AMBER, BAD, GOOD

COLUMNS = ("Item", "Topic", "Recall", "Fails")
LEECH_TIP = (
    f"A leech: answered wrongly on {LEECH_FAILS} or more separate days. "
    "Re-read the explanation before trying it again."
)


def recall_colour(recall: float) -> str:
    return BAD if recall < 0.5 else AMBER if recall < 0.8 else GOOD


class WeakestList(QWidget):
    practise = Signal(list, str)  # item ids, mode
    item_selected = Signal(str)

    def __init__(self, topic_title: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topic_title = topic_title
        self.items: list[WeakItem] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("weakestTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._practise_selected)
        self.table.itemSelectionChanged.connect(self._selected)
        self.practise_button = QPushButton("Practise")
        self.practise_button.setToolTip("Practise the selected item (or double-click it)")
        self.practise_button.clicked.connect(self._practise_selected)
        self.all_button = QPushButton("Practise all ten")
        self.all_button.clicked.connect(self._practise_all)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.practise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_items(self, items: list[WeakItem]) -> None:
        self.items = list(items)
        table = self.table
        table.setRowCount(len(items))
        bold = QFont()
        bold.setBold(True)
        for r, weak in enumerate(items):
            leech = weak.card.is_leech
            cells = (
                (weak.item.title, ""),
                (self._topic_title(weak.item.topic), ""),
                (f"{weak.recall:.0%}", recall_colour(weak.recall)),
                (
                    f"{weak.card.fails}  ⚑ leech" if leech else str(weak.card.fails),
                    BAD if leech else "",
                ),
            )
            for c, (text, colour) in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(LEECH_TIP if leech and c == 3 else text)
                if colour:
                    cell.setForeground(QColor(colour))
                if c >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 3 and leech:
                    cell.setFont(bold)
                table.setItem(r, c, cell)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, min(header.sectionSize(1), 150))
        # Show every row: the card grows instead of scrolling inside the scrolling page.
        table.setFixedHeight(
            header.height() + sum(table.rowHeight(r) for r in range(len(items))) + 4
        )
        self.all_button.setText(f"Practise all {len(items)}")
        self._update_buttons()

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return self.items[row].item.id if row in rows and 0 <= row < len(self.items) else None

    def _selected(self) -> None:
        self._update_buttons()
        item_id = self.selected_id()
        if item_id is not None:
            self.item_selected.emit(item_id)

    def _update_buttons(self) -> None:
        self.practise_button.setEnabled(self.selected_id() is not None)
        self.all_button.setEnabled(bool(self.items))

    def _practise_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.practise.emit([item_id], "review")

    def _practise_all(self) -> None:
        if self.items:
            self.practise.emit([w.item.id for w in self.items], "review")
