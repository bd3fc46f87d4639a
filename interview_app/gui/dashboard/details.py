"""The panel beside the charts that shows what a click landed on, with a way to practise it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.dashboard.colours import INK, MUTED
from interview_app.gui.dashboard.describe import Details, Line
from interview_app.gui.dashboard.theme import small_font
from interview_app.gui.widgets import MarkdownView

FACTS_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line: [(text, colour), ...]
SELECTED = "#e7f5ff"
SEPARATOR = "#edf0f3"


class TwoLineDelegate(QStyledItemDelegate):
    """A title, then a line of coloured facts under it; both elided to the panel's width.

    Painted rather than built from widgets, so hundreds of attempts list instantly."""

    PAD = 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, QColor(SELECTED))
        painter.setPen(QColor(SEPARATOR))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        width = rect.width() - 2 * self.PAD
        title_font = option.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(QColor(INK))
        top = rect.top() + self.PAD
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect.left() + self.PAD, top + metrics.ascent(), title)
        facts_font = small_font(8.5)
        facts_metrics = QFontMetrics(facts_font)
        painter.setFont(facts_font)
        x = rect.left() + self.PAD
        y = top + metrics.height() + 2 + facts_metrics.ascent()
        right = rect.right() - self.PAD
        for n, (text, colour) in enumerate(index.data(FACTS_ROLE) or ()):
            piece = ("  ·  " if n else "") + text
            piece = facts_metrics.elidedText(piece, Qt.TextElideMode.ElideRight, right - x)
            painter.setPen(QColor(colour or MUTED))
            painter.drawText(x, y, piece)
            x += facts_metrics.horizontalAdvance(piece)
            if x >= right:
                break
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height() + QFontMetrics(small_font(8.5)).height()  # type: ignore[attr-defined]
        return QSize(200, height + 2 * self.PAD + 2)


class DetailsPanel(QFrame):
    """A title, a line of summary, a list of rows, optional Markdown and an action button."""

    practise = Signal(list, str)  # item ids, mode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashDetails")
        self.title = QLabel()
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("hintText")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("detailsList")
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.itemDoubleClicked.connect(self._practise_row)
        self.text = MarkdownView()
        self.action = QPushButton()
        self.action.setObjectName("primary")
        self.action.clicked.connect(self._act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.action)
        # Soaks up the height when there is no list or text, keeping the title at the top.
        layout.addStretch(0)
        self._layout = layout
        self.row_ids: list[str] = []
        self._ids: list[str] = []
        self._mode = "review"
        self.show_message(
            "Details",
            "Click a bar, a point or a day in the calendar to see what is behind it here.",
        )

    @property
    def action_ids(self) -> list[str]:
        return list(self._ids)

    def row_texts(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def present(self, details: Details) -> None:
        self.show_rows(details.title, details.summary, details.rows, details.row_ids,
                       details.markdown, details.action, details.ids, details.mode)  # fmt: skip

    def show_message(self, title: str, text: str) -> None:
        self.show_rows(title, text, [])

    def show_rows(
        self,
        title: str,
        summary: str,
        rows: Sequence[Line],
        row_ids: Sequence[str] = (),
        markdown: str = "",
        action: str = "",
        ids: Sequence[str] = (),
        mode: str = "review",
    ) -> None:
        """Fill the panel; `row_ids[i]` is row i's item (double-click practises it), `ids` are
        what the action button practises."""
        self.title.setText(title)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.row_ids = list(row_ids)
        self.list.clear()
        for text, facts in rows:
            item = QListWidgetItem(text)
            item.setData(FACTS_ROLE, list(facts))
            item.setToolTip(text)
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.text.set_markdown(markdown)
        self.text.setVisible(bool(markdown))
        self._ids, self._mode = list(ids), mode
        self.action.setText(action)
        self.action.setVisible(bool(action and ids))
        self._layout.setStretch(self._layout.count() - 1, 0 if rows or markdown else 1)

    def _act(self) -> None:
        if self._ids:
            self.practise.emit(list(self._ids), self._mode)

    def _practise_row(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self.row_ids):
            self.practise.emit([self.row_ids[row]], "review")
