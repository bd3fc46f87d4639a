"""The dashboard's building blocks: titled cards, big-number tiles and a grid that reflows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class YieldingLabel(QLabel):
    """A label that gives way when there is no room: drawn whole or not at all."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= self.sizeHint().width():
            super().paintEvent(event)


class Card(QFrame):
    """A white panel: a title, a hint on the right, then its content or a placeholder text."""

    def __init__(self, title: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashCard")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.hint = YieldingLabel(hint)
        self.hint.setObjectName("cardHint")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("cardHint")
        self.subtitle.setWordWrap(True)
        self.subtitle.hide()
        self.placeholder = QLabel()
        self.placeholder.setObjectName("cardEmpty")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)

    def set_content(self, widget: QWidget) -> None:
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def show_content(self, subtitle: str = "") -> None:
        self.stack.setCurrentIndex(1)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.hint.show()

    def show_placeholder(self, text: str) -> None:
        """Say why there is nothing to draw, instead of drawing empty axes."""
        self.placeholder.setText(text)
        self.stack.setCurrentIndex(0)
        self.subtitle.hide()
        self.hint.hide()

    @property
    def showing_content(self) -> bool:
        return self.stack.currentIndex() == 1


class StatTile(QFrame):
    """One big number with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statTile")
        self.value = QLabel("–")
        self.value.setObjectName("statValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set(self, value: str, caption: str | None = None, tooltip: str = "") -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)
        self.setToolTip(tooltip)


class ReflowGrid(QWidget):
    """Cards in two columns when there is room, one column otherwise.

    A card spans "half" a row, the "full" row, or is "auto": full when half a row is too
    narrow for it (the calendar's squares would shrink to dots)."""

    TWO_COLUMNS_FROM = 560
    AUTO_HALF_FROM = 400  # column width from which "auto" cards sit side by side

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.cards: list[tuple[QWidget, str]] = []
        self.arrangement: tuple[int, bool] = (0, False)  # columns, auto cards full

    def add(self, card: QWidget, span: str = "half") -> None:
        self.cards.append((card, span))
        self._place(max(1, self.arrangement[0]), self.arrangement[1])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        half = max((c.minimumSizeHint().width() for c, s in self.cards if s == "half"), default=0)
        enough = max(self.TWO_COLUMNS_FROM, 2 * half + self.grid.spacing())
        columns = 2 if width >= enough else 1
        auto_full = (width - self.grid.spacing()) / 2 < self.AUTO_HALF_FROM
        if (columns, auto_full) != self.arrangement:
            self._place(columns, auto_full)

    def _place(self, columns: int, auto_full: bool) -> None:
        self.arrangement = (columns, auto_full)
        for card, _ in self.cards:
            self.grid.removeWidget(card)
        row = col = 0
        for card, span in self.cards:
            wide = span == "full" or (span == "auto" and auto_full)
            if wide and col:
                row, col = row + 1, 0
            width = columns if wide else 1
            self.grid.addWidget(card, row, col, 1, width)
            col += width
            if col >= columns:
                row, col = row + 1, 0
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
