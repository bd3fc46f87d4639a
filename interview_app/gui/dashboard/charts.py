"""The dashboard's QtCharts views. Each takes plain figures in `set_data` and reports clicks as
signals carrying what was clicked (a topic id, a period index, a day offset, a mock index)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QHorizontalStackedBarSeries,
    QLegend,
    QLineSeries,
    QScatterSeries,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QToolTip

from interview_app.core.practice import plural
from interview_app.gui.dashboard.aggregate import Period
from interview_app.gui.dashboard.colours import (
    ACCENT,
    ACCENT_SOFT,
    ACCENT_WASH,
    GOOD,
    INK,
    MUTED,
    SURENESS,
    SURENESS_LABELS,
)
from interview_app.gui.dashboard.describe import long_day, short_day
from interview_app.gui.dashboard.theme import (
    ChartView,
    count_axis,
    pen,
    percent_axis,
    small_font,
    style_axis,
    time_axis,
)


def day_ms(day: date) -> float:
    """A local day's midnight on the charts' time axes."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch())


def nearest(xs: Sequence[float], x: float) -> int:
    return min(range(len(xs)), key=lambda i: abs(xs[i] - x)) if xs else -1


def _tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


@dataclass(frozen=True)
class TopicBar:
    topic: str
    title: str
    mastery: float  # 0..1
    sureness: str  # "unsure", "fair", "sure"
    tooltip: str


class MasteryChart(ChartView):
    """Horizontal bars, weakest topic on top; the bar's shade says how sure the figure is."""

    topic_clicked = Signal(str)
    ROW_HEIGHT = 27

    def __init__(self) -> None:
        super().__init__(min_height=160)
        self.bars: list[TopicBar] = []
        self.sets: dict[str, QBarSet] = {}

    def set_data(self, bars: list[TopicBar]) -> None:
        """`bars` weakest first."""
        self.clear()
        self.bars = list(reversed(bars))  # a horizontal chart counts its categories upwards
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.62)
        self.sets = {}
        for level in ("sure", "fair", "unsure"):
            bar_set = QBarSet(SURENESS_LABELS[level])
            bar_set.setColor(QColor(SURENESS[level]))
            bar_set.setBorderColor(QColor(SURENESS[level]))
            # Percent labels inside the bar ends: white on the strong shades, ink on the pale one.
            bar_set.setLabelColor(QColor(INK if level == "unsure" else "white"))
            bar_set.setLabelFont(small_font(8, bold=True))
            bar_set.append(
                [round(b.mastery * 100) if b.sureness == level else 0 for b in self.bars]
            )
            bar_set.clicked.connect(self._clicked)
            bar_set.hovered.connect(self._hovered)
            series.append(bar_set)
            self.sets[level] = bar_set
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsInsideEnd)
        chart = self.chart()
        chart.addSeries(series)
        topics = QBarCategoryAxis()
        topics.append([b.title for b in self.bars])
        style_axis(topics, grid=False)
        topics.setLabelsColor(QColor(INK))
        chart.addAxis(topics, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(topics)
        scale = percent_axis()
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)
        self._legend_for({b.sureness for b in self.bars})
        self.setMinimumHeight(self.ROW_HEIGHT * len(self.bars) + 70)

    def _legend_for(self, used: set[str]) -> None:
        used = used & SURENESS_LABELS.keys()  # a topic not started has no bar, so no key
        legend = self.chart().legend()
        legend.setVisible(used != {"sure"})  # one shade needs no key
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeCircle)
        legend.setFont(small_font())
        legend.setLabelColor(QColor(MUTED))
        shown = {SURENESS_LABELS[level] for level in used}
        for marker in legend.markers():
            marker.setVisible(marker.label() in shown)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.bars):
            self.topic_clicked.emit(self.bars[index].topic)

    def _hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.bars):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            _tip(self.bars[index].tooltip)
        else:
            self.unsetCursor()


class TimeChart(ChartView):
    """A chart of points along a time axis: a click or hover picks the nearest point."""

    _xs: list[float]

    def _picked(self, index: int) -> None:
        raise NotImplementedError

    def _tip_text(self, index: int) -> str:
        raise NotImplementedError

    def _clicked(self, point: QPointF) -> None:
        index = nearest(self._xs, point.x())
        if index >= 0:
            self._picked(index)

    def _hovered(self, point: QPointF, state: bool) -> None:
        index = nearest(self._xs, point.x())
        if not state or index < 0:
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        _tip(self._tip_text(index))


class TrendChart(TimeChart):
    """Attempts per period (shaded area, left axis) and accuracy (line, right axis)."""

    period_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(min_height=220)
        self.periods: list[Period] = []
        self.unit = "day"
        self._xs: list[float] = []

    def set_data(self, unit: str, periods: list[Period]) -> None:
        self.clear()
        self.unit, self.periods = unit, periods
        self._xs = [day_ms(p.start) for p in periods]
        chart = self.chart()
        volume = QAreaSeries()
        # The area does not own its boundary line: parent it, or Python frees it under the chart.
        upper = QLineSeries(volume)
        upper.append([QPointF(x, p.attempts) for x, p in zip(self._xs, periods, strict=True)])
        volume.setUpperSeries(upper)
        volume.setName("Attempts")
        volume.setColor(QColor(ACCENT_WASH))
        volume.setBorderColor(QColor(ACCENT_SOFT))
        volume.setPen(pen(ACCENT_SOFT, 1.5))
        accuracy = QLineSeries()
        accuracy.setName("Accuracy")
        accuracy.setPen(pen(GOOD, 2.2))
        points = [
            QPointF(x, p.accuracy * 100)
            for x, p in zip(self._xs, periods, strict=True)
            if p.accuracy is not None
        ]
        accuracy.append(points)
        accuracy.setPointsVisible(len(points) <= 60)
        accuracy.setMarkerSize(5)
        chart.addSeries(volume)
        chart.addSeries(accuracy)
        half_step = 43_200_000 * (1 if unit == "day" else 7)
        dates = time_axis(self._xs[0], self._xs[-1], half_step)
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        counts = count_axis(max((p.attempts for p in periods), default=0), intervals=4)
        counts.setGridLineVisible(True)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        percents = percent_axis(counts.tickCount())
        percents.setGridLineVisible(False)
        percents.setLabelsColor(QColor(GOOD))
        chart.addAxis(percents, Qt.AlignmentFlag.AlignRight)
        for series, y_axis in ((volume, counts), (accuracy, percents)):
            series.attachAxis(dates)
            series.attachAxis(y_axis)
        for series in (volume, accuracy):
            series.clicked.connect(self._clicked)
            series.hovered.connect(self._hovered)
        self.fit_ticks()

    def _picked(self, index: int) -> None:
        self.period_clicked.emit(index)

    def _tip_text(self, index: int) -> str:
        return period_text(self.unit, self.periods[index])


def period_label(unit: str, period: Period) -> str:
    if unit == "day":
        return long_day(period.start)
    return f"Week of {period.start.day} {period.start:%B %Y}"


def period_text(unit: str, period: Period) -> str:
    accuracy = "no graded answers" if period.accuracy is None else f"{period.accuracy:.0%} right"
    return f"{period_label(unit, period)}\n{plural(period.attempts, 'attempt')}, {accuracy}"


class ForecastChart(ChartView):
    """Reviews falling due on each of the coming days; today includes what is overdue."""

    day_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(min_height=180)
        self.counts: list[int] = []
        self.days: list[date] = []
        self.chart().setMargins(QMargins(0, 4, 16, 0))  # room for the last date label

    def set_data(self, counts: list[int], today: date) -> None:
        self.clear()
        self.counts = list(counts)
        self.days = [date.fromordinal(today.toordinal() + i) for i in range(len(counts))]
        bar_set = QBarSet("Due")
        bar_set.setColor(QColor(ACCENT_SOFT))
        bar_set.setBorderColor(QColor(ACCENT_SOFT))
        bar_set.setLabelColor(QColor(MUTED))
        bar_set.setLabelFont(small_font(8))
        bar_set.append([float(c) for c in counts])
        # Today's bar stands out: it is the one to act on.
        bar_set.setSelectedColor(QColor(ACCENT))
        bar_set.selectBar(0)
        bar_set.clicked.connect(self._clicked)
        bar_set.hovered.connect(self._hovered)
        series = QBarSeries()
        series.setBarWidth(0.7)
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart = self.chart()
        chart.addSeries(series)
        # A value axis with a few dated ticks: fourteen category labels do not fit a small card.
        days = QCategoryAxis()
        days.setRange(-0.5, len(counts) - 0.5)
        days.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for offset in sorted({0, 7, len(counts) - 1}):
            if 0 <= offset < len(counts):
                days.append(self._label(offset, self.days[offset]), offset)
        style_axis(days, grid=False)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(days)
        # Head room above the tallest bar for its label.
        counts_axis = count_axis(int(max(counts, default=0) * 1.15) + 1)
        chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts_axis)

    @staticmethod
    def _label(offset: int, day: date) -> str:
        return "Today" if offset == 0 else f"{day.day} {day:%b}"

    def _clicked(self, index: int) -> None:
        self.day_clicked.emit(index)

    def _hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.counts):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            when = "Today (with overdue)" if index == 0 else short_day(self.days[index], False)
            _tip(f"{when}: {self.counts[index]} due")
        else:
            self.unsetCursor()


class MockChart(TimeChart):
    """Overall scores of finished mock interviews, oldest first."""

    mock_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(min_height=200)
        self.mocks: list[dict] = []
        self.tz: tzinfo | None = None
        self._xs: list[float] = []

    def set_data(self, mocks: list[dict], tz: tzinfo) -> None:
        self.clear()
        self.mocks = list(mocks)
        self.tz = tz
        self._xs = [_instant_ms(m["finished_at"]) for m in mocks]
        points = [
            QPointF(x, round(m["overall"] * 100)) for x, m in zip(self._xs, mocks, strict=True)
        ]
        line = QLineSeries()
        line.setPen(pen(ACCENT_SOFT, 2))
        line.append(points)
        dots = _dots(points[:-1], 9, ACCENT_SOFT, labelled=len(points) <= 6)
        # The latest score is the one that matters: a bigger dot, with its figure.
        latest = _dots(points[-1:], 13, ACCENT, labelled=True)
        chart = self.chart()
        for series in (line, dots, latest):
            chart.addSeries(series)
        dates = time_axis(
            self._xs[0], self._xs[-1], max((self._xs[-1] - self._xs[0]) * 0.07, 86_400_000)
        )
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        scores = percent_axis()
        chart.addAxis(scores, Qt.AlignmentFlag.AlignLeft)
        for series in (line, dots, latest):
            series.attachAxis(dates)
            series.attachAxis(scores)
            series.clicked.connect(self._clicked)
        for series in (dots, latest):
            series.hovered.connect(self._hovered)
        self.fit_ticks()

    def _picked(self, index: int) -> None:
        self.mock_clicked.emit(index)

    def _tip_text(self, index: int) -> str:
        return mock_text(self.mocks[index], self.tz)


def mock_text(mock: dict, tz: tzinfo | None) -> str:
    when = mock["finished_at"].astimezone(tz)
    return f"{mock['title']}\n{short_day(when)}, {when:%H:%M}: {mock['overall']:.0%} overall"


def _dots(points: list[QPointF], size: float, colour: str, labelled: bool) -> QScatterSeries:
    dots = QScatterSeries()
    dots.setMarkerSize(size)
    dots.setColor(QColor(colour))
    dots.setBorderColor(QColor("white"))
    dots.setPointLabelsVisible(labelled)
    dots.setPointLabelsFormat("@yPoint%")
    dots.setPointLabelsFont(small_font(8, bold=True))
    dots.setPointLabelsColor(QColor(INK))
    dots.setPointLabelsClipping(False)
    dots.append(points)
    return dots


def _instant_ms(moment: datetime) -> float:
    return moment.timestamp() * 1000
