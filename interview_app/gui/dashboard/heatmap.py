"""A GitHub-style calendar of practice days: one column per week, one square per day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from interview_app.gui.dashboard.aggregate import calendar_start
from interview_app.gui.dashboard.colours import HEAT, INK, MUTED
from interview_app.gui.dashboard.describe import short_day
from interview_app.gui.dashboard.theme import small_font

LEFT, TOP, BOTTOM = 30.0, 16.0, 22.0  # room for weekday labels, month labels, the key


def levels(counts: list[int]) -> list[int]:
    """Upper bounds of shades 1-3 (shade 4 above): quartiles of the days with practice."""
    busy = sorted(c for c in counts if c > 0)
    if not busy:
        return [1, 2, 3]
    return [busy[int(len(busy) * q)] for q in (0.25, 0.5, 0.75)]


class CalendarHeatmap(QWidget):
    day_clicked = Signal(object)  # a datetime.date
    WEEKS = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.counts: dict[date, int] = {}
        self.today = date.today()
        self.start = calendar_start(self.today, self.WEEKS)
        self._bounds = [1, 2, 3]

    def set_data(self, counts: dict[date, int], today: date) -> None:
        self.today = today
        self.start = calendar_start(today, self.WEEKS)
        self.counts = {d: c for d, c in counts.items() if self.start <= d <= today}
        self._bounds = levels(list(self.counts.values()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(LEFT + self.WEEKS * 15), int(TOP + 7 * 15 + BOTTOM))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(LEFT + self.WEEKS * 8), int(TOP + 7 * 8 + BOTTOM))

    # --- geometry ------------------------------------------------------------------------

    def _pitch(self) -> float:
        """Cell size plus gap: fill the width (and height), keeping squares between 8 and 16 px."""
        across = (self.width() - LEFT) / self.WEEKS
        down = (self.height() - TOP - BOTTOM) / 7
        return max(8.0, min(16.0, across, down))

    def _origin(self) -> QPointF:
        # Centred in whatever room the card gives.
        pitch = self._pitch()
        spare_x = self.width() - LEFT - pitch * self.WEEKS
        spare_y = self.height() - TOP - BOTTOM - pitch * 7
        return QPointF(LEFT + max(0.0, spare_x / 2), TOP + max(0.0, spare_y / 2))

    def cell_rect(self, day: date) -> QRectF:
        pitch, origin = self._pitch(), self._origin()
        offset = (day - self.start).days
        week, weekday = divmod(offset, 7)
        gap = max(2.0, pitch * 0.18)
        return QRectF(
            origin.x() + week * pitch, origin.y() + weekday * pitch, pitch - gap, pitch - gap
        )

    def day_at(self, pos: QPointF) -> date | None:
        pitch, origin = self._pitch(), self._origin()
        week = int((pos.x() - origin.x()) // pitch)
        weekday = int((pos.y() - origin.y()) // pitch)
        if not (0 <= week < self.WEEKS and 0 <= weekday < 7):
            return None
        day = self.start + timedelta(days=week * 7 + weekday)
        return day if day <= self.today else None

    def level(self, count: int) -> int:
        if count <= 0:
            return 0
        return 1 + sum(count > bound for bound in self._bounds)

    # --- painting and events -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small_font(7.5))
        pitch, origin = self._pitch(), self._origin()
        painter.setPen(QColor(MUTED))
        for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
            painter.drawText(
                QRectF(origin.x() - LEFT, origin.y() + row * pitch - 2, LEFT - 6, pitch + 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        month = None
        for week in range(self.WEEKS):
            monday = self.start + timedelta(weeks=week)
            if monday.month != month and week < self.WEEKS - 1:
                month = monday.month
                painter.drawText(
                    QPointF(origin.x() + week * pitch, origin.y() - 4), monday.strftime("%b")
                )
        painter.setPen(Qt.PenStyle.NoPen)
        day = self.start
        while day <= self.today:
            painter.setBrush(QColor(HEAT[self.level(self.counts.get(day, 0))]))
            painter.drawRoundedRect(self.cell_rect(day), 2.5, 2.5)
            day += timedelta(days=1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(INK), 1.2))
        painter.drawRoundedRect(self.cell_rect(self.today).adjusted(-1, -1, 1, 1), 3, 3)
        self._paint_key(painter, pitch, origin)

    def _paint_key(self, painter: QPainter, pitch: float, origin: QPointF) -> None:
        size = pitch * 0.82
        right = origin.x() + self.WEEKS * pitch
        y = origin.y() + 7 * pitch + 6
        x = right - len(HEAT) * pitch - 28
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(x - 36, y, 32, size), Qt.AlignmentFlag.AlignRight, "Less")
        painter.drawText(QRectF(right - 26, y, 30, size), Qt.AlignmentFlag.AlignLeft, "More")
        painter.setPen(Qt.PenStyle.NoPen)
        for n, shade in enumerate(HEAT):
            painter.setBrush(QColor(shade))
            painter.drawRoundedRect(QRectF(x + n * pitch, y, size, size), 2.5, 2.5)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(), day_tooltip(day, self.counts.get(day, 0)), self
                )
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.day_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_clicked.emit(day)
        super().mousePressEvent(event)


def day_tooltip(day: date, count: int) -> str:
    what = "no practice" if count == 0 else f"{count} attempt{'s' if count != 1 else ''}"
    return f"{short_day(day)}: {what}"
