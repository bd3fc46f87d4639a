"""How queue cells are drawn: the reason as a coloured pill, the item as title over topic."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# Reason -> (background, text), in the theme's palette (resources/style.qss).
BADGE_COLOURS = {
    "due": ("#e7f5ff", "#1c7ed6"),
    "before interview": ("#f3f0ff", "#6741d9"),
    "leech": ("#ffe3e3", "#c92a2a"),
    "new": ("#ebfbee", "#2b8a3e"),
    "weak topic": ("#fff3bf", "#e67700"),
}
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD_X, _PAD_Y = 8, 2
_SUBTITLE_INK = "#616e7c"

_Index = QModelIndex | QPersistentModelIndex


class _CellDelegate(QStyledItemDelegate):
    def background(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The row's selection and hover background, without the cell's plain text."""
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        if widget is not None:
            style = widget.style()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)


class BadgeDelegate(_CellDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.background(painter, option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return
        background, ink = BADGE_COLOURS.get(text, ("#f1f3f5", "#52606d"))
        font = _small(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        width = metrics.horizontalAdvance(text) + 2 * _PAD_X
        height = metrics.height() + 2 * _PAD_Y
        pill = QRectF(rect.left() + 4, rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(ink))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(_small(option.font))  # type: ignore[attr-defined]
        return QSize(metrics.horizontalAdvance(text) + 2 * _PAD_X + 12, metrics.height() + 8)


class TitleDelegate(_CellDelegate):
    """The item's title, and below it in grey its topic and kind: one column instead of three,
    which leaves the title room beside the detail panel."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.background(painter, option, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        font: QFont = QFont(option.font)  # type: ignore[attr-defined]
        small = _small(font)
        rect: QRect = option.rect.adjusted(8, 4, -6, -4)  # type: ignore[attr-defined]
        half = rect.height() // 2
        top, bottom = rect.adjusted(0, 0, 0, -half), rect.adjusted(0, half, 0, 0)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        elided = QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(small)
        painter.setPen(QColor(_SUBTITLE_INK))
        elided = QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), row_height(option.font))  # type: ignore[attr-defined]


def _small(font: QFont) -> QFont:
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * 0.88)
    return smaller


def row_height(font: QFont) -> int:
    """Two lines of text and some air."""
    return 2 * QFontMetrics(font).height() + 12
