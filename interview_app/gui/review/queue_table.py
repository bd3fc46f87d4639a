"""The table of items due today, most urgent first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from interview_app.gui.review import model as words
from interview_app.gui.review.delegates import (
    SUBTITLE_ROLE,
    BadgeDelegate,
    TitleDelegate,
    row_height,
)

if TYPE_CHECKING:
    from datetime import tzinfo

    from interview_app.gui.review.model import ReviewModel

COLUMNS = ("Item", "Reason", "Due", "Recall")
REASON_COLUMN = 1


class QueueTable(QTableWidget):
    practise_one = Signal(str)  # item id of a double-clicked row, or the selected one on Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("reviewQueue")
        self.setHorizontalHeaderLabels(COLUMNS)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.font()))
        self.setItemDelegateForColumn(0, TitleDelegate(self))
        self.setItemDelegateForColumn(REASON_COLUMN, BadgeDelegate(self))
        self.cellDoubleClicked.connect(lambda row, _column: self._practise(self.row_id(row)))
        self.installEventFilter(self)  # Enter practises the selected item

    def show_model(self, model: ReviewModel, tz: tzinfo, topic_title: Callable[[str], str]) -> None:
        today = model.today
        self.blockSignals(True)
        self.clearSelection()
        self.setRowCount(len(model.queue))
        for row, entry in enumerate(model.queue):
            cells = (
                entry.item.title,
                entry.reason,
                words.relative_due(entry.due, today, tz) or "—",
                f"{entry.recall:.0%}" if entry.reason != "new" else "—",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    subtitle = f"{topic_title(entry.item.topic)}  ·  {entry.item.kind}"
                    cell.setData(Qt.ItemDataRole.UserRole, entry.item.id)
                    cell.setData(SUBTITLE_ROLE, subtitle)
                    cell.setToolTip(f"{entry.item.title}\n{subtitle}")
                if column == REASON_COLUMN:
                    cell.setToolTip(words.REASON_HINTS.get(entry.reason, ""))
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, cell)
        self.blockSignals(False)
        self._size_columns()

    def _size_columns(self) -> None:
        # The title (over its topic and kind) takes whatever the short columns leave.
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def row_id(self, row: int) -> str | None:
        cell = self.item(row, 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def current_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.row_id(rows[0].row()) if rows else None

    def ids(self) -> list[str]:
        """The item ids down the table, top first."""
        return [i for i in (self.row_id(r) for r in range(self.rowCount())) if i]

    def select_quietly(self, item_id: str) -> None:
        """Select the item's row (if listed) without announcing it: used to restore a selection."""
        for row, found in enumerate(self.ids()):
            if found == item_id:
                self.blockSignals(True)
                self.selectRow(row)
                self.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter does what a double-click does (the view's own `activated` signal would also
        # fire on a single click where the platform opens items that way).
        if (
            watched is self
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.current_id()
        ):
            self._practise(self.current_id())
            return True
        return super().eventFilter(watched, event)

    def _practise(self, item_id: str | None) -> None:
        if item_id:
            self.practise_one.emit(item_id)
