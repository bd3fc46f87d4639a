"""Chart styling shared by the dashboard's QtCharts views."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QChart, QChartView, QDateTimeAxis, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent

from interview_app.gui.dashboard.colours import AXIS, GRID, MUTED


def small_font(points: float = 8.5, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class ChartView(QChartView):
    """A plain, antialiased chart: no background, no legend, no animation, tight margins.

    Subclasses rebuild their series on every `set_data`; the chart object itself is kept."""

    def __init__(self, min_height: int = 200) -> None:
        chart = QChart()
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(min_height)
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(0, 4, 4, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        self.setStyleSheet("background: transparent; border: none;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_ticks()

    def fit_ticks(self) -> None:
        """As many date labels as fit without eliding (about one per 95 px)."""
        for axis in self.chart().axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QDateTimeAxis):
                axis.setTickCount(max(3, min(7, self.width() // 95)))

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()


def style_axis(axis: QAbstractAxis, grid: bool = True) -> None:
    axis.setLabelsFont(small_font())
    axis.setLabelsColor(QColor(MUTED))
    axis.setLinePen(QPen(QColor(AXIS), 1))
    axis.setGridLineVisible(grid)
    axis.setGridLinePen(QPen(QColor(GRID), 1))
    axis.setMinorGridLineVisible(False)
    axis.setTitleFont(small_font())
    axis.setTitleBrush(QColor(MUTED))


def time_axis(first_ms: float, last_ms: float, pad_ms: float) -> QDateTimeAxis:
    """Dates from first to last (msecs since the epoch), padded so end points are not clipped."""
    axis = QDateTimeAxis()
    axis.setFormat("MMM yy" if last_ms - first_ms > 300 * 86_400_000 else "d MMM")
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(first_ms - pad_ms)),
        QDateTime.fromMSecsSinceEpoch(int(last_ms + pad_ms)),
    )
    style_axis(axis, grid=False)
    return axis


def percent_axis(ticks: int = 6) -> QValueAxis:
    """0 to 100 %, labelled in whole percents."""
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%d%%")
    style_axis(axis)
    return axis


def count_axis(top: int, intervals: int | None = None) -> QValueAxis:
    """0 to a round number at or above `top`, with whole-number labels.

    With `intervals`, exactly that many steps, so a percent axis beside it can share its grid."""
    axis = QValueAxis()
    step, steps = nice_scale(max(1, top), intervals)
    axis.setRange(0, step * steps)
    axis.setTickCount(steps + 1)
    axis.setLabelFormat("%d")
    style_axis(axis)
    return axis


def nice_scale(top: int, intervals: int | None = None) -> tuple[int, int]:
    """(step, steps): the smallest round step covering `top` in `intervals` steps (or in at
    most five when None)."""
    scale = 1
    while True:
        for base in (1, 2, 3, 4, 5) if intervals else (1, 2, 5):
            step = base * scale
            if intervals and step * intervals >= top:
                return step, intervals
            if not intervals and top / step <= 5:
                return step, max(1, -(-top // step))
        scale *= 10


def pen(colour: str, width: float = 2.0) -> QPen:
    p = QPen(QColor(colour), width)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p
