"""Draws a result's picture (plain series from core/judge/pictures.py) with QtCharts: one
chart per panel, side by side; a heat map panel (QtCharts has none) is a grid of coloured
cells painted with QPainter, with its colour bar. Also renders it to a PNG for
`interview-app grade --plot`."""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QLogValueAxis,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

USER = "#3b5bdb"
REFERENCE = "#e67700"
DATA = "#868e96"
HIGHLIGHT = "#c92a2a"
CLUSTERS = ("#4c6ef5", "#37b24d", "#f59f00", "#ae3ec9", "#1098ad", "#f76707", "#74b816", "#d6336c")
ROLE_COLOURS = {"user": USER, "reference": REFERENCE, "data": DATA, "highlight": HIGHLIGHT}


def _colour(series: dict[str, Any]) -> QColor:
    if series.get("role") == "cluster":
        return QColor(CLUSTERS[int(series.get("index", 0)) % len(CLUSTERS)])
    return QColor(ROLE_COLOURS.get(str(series.get("role")), DATA))


def _qt_series(series: dict[str, Any], floor: float = -math.inf) -> QLineSeries | QScatterSeries:
    colour = _colour(series)
    if series["kind"] == "line":
        line = QLineSeries()
        pen = QPen(colour, 2.5)
        if series.get("role") == "reference":
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        drawn: QLineSeries | QScatterSeries = line
    else:
        scatter = QScatterSeries()
        if series["kind"] == "markers" and series.get("role") == "highlight":
            scatter.setMarkerSize(15.0)
            scatter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            scatter.setPen(QPen(colour, 2.0))
        elif series["kind"] == "markers":
            scatter.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
            scatter.setMarkerSize(13.0)
            scatter.setColor(colour)
            scatter.setBorderColor(QColor("#1f2933"))
        else:
            scatter.setMarkerSize(7.0)
            scatter.setColor(colour)
            scatter.setBorderColor(colour)
        drawn = scatter
    drawn.setName(str(series["name"]))
    drawn.append([QPointF(float(x), max(float(y), floor)) for x, y in series["points"]])
    return drawn


def _range(values: list[float], log: bool) -> tuple[float, float]:
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if log:
        return low / 2, high * 2
    pad = (high - low) * 0.06 or max(abs(high) * 0.1, 0.5)
    return low - pad, high + pad


def build_chart(chart: dict[str, Any]) -> QChart:
    """One panel of a picture as a QChart, with its axes fitted to every series."""
    qchart = QChart()
    qchart.setTitle(str(chart.get("title", "")))
    qchart.setMargins(QMargins(4, 4, 4, 4))
    qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    qchart.legend().setVisible(chart.get("legend", True) is not False)  # rows named on the axis
    xs = [p[0] for s in chart["series"] for p in s["points"]]
    ys = [p[1] for s in chart["series"] for p in s["points"]]
    log = bool(chart.get("y_log")) and bool(ys) and min(ys) > 0 and max(ys) / min(ys) > 100
    categories = chart.get("y_categories")
    x_axis = QValueAxis()
    y_axis = QCategoryAxis() if categories else QLogValueAxis() if log else QValueAxis()
    x_axis.setTitleText(str(chart.get("x_label", "")))
    y_axis.setTitleText(str(chart.get("y_label", "")))
    floor = max(ys) * 1e-12 if log else 0.0  # a loss of 1e-30 is drawn as the axis' floor
    if isinstance(y_axis, QLogValueAxis):
        low, high = _range([max(y, floor) for y in ys], True)
        y_axis.setLabelFormat("%.0e")
        y_axis.setBase(10.0 ** max(1, math.ceil(math.log10(high / low) / 5)))  # ~5 labels
        y_axis.setMinorTickCount(0)
        y_axis.setRange(low, high)
    elif isinstance(y_axis, QCategoryAxis):  # one row per named value, labelled by its name
        rows = sorted(float(y) for y, _ in categories)
        for y, label in sorted(categories):
            y_axis.append(str(label), float(y) + 0.5)
        y_axis.setStartValue(rows[0] - 0.5)
        y_axis.setRange(rows[0] - 0.5, rows[-1] + 0.5)
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    else:
        y_axis.setRange(*(chart.get("y_range") or _range(ys, False)))
    x_axis.setRange(*(chart.get("x_range") or _range(xs, False)))
    if chart.get("x_ticks"):  # ticks at round values although the range is padded
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0.0)
        x_axis.setTickInterval(float(chart["x_ticks"]))
    qchart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    qchart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in chart["series"]:
        drawn = _qt_series(series, floor if log else -math.inf)
        qchart.addSeries(drawn)
        drawn.attachAxis(x_axis)
        drawn.attachAxis(y_axis)
        if not series["points"]:
            qchart.legend().markers(drawn)[0].setVisible(
                series.get("role") == "highlight"
            )  # "labelled differently (0)" still says so
    return qchart


SEQUENTIAL = ("#f8f9fa", "#74a0e8", "#1b3a8a")  # low to high
DIVERGING = ("#1864ab", "#f8f9fa", "#c92a2a")  # negative, zero, positive


def _blend(stops: tuple[str, str, str], t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    a, b, u = (stops[0], stops[1], t * 2) if t < 0.5 else (stops[1], stops[2], t * 2 - 1)
    ca, cb = QColor(a), QColor(b)
    mix = lambda p, q: round(p + (q - p) * u)  # noqa: E731
    return QColor(mix(ca.red(), cb.red()), mix(ca.green(), cb.green()), mix(ca.blue(), cb.blue()))


def _number(value: float) -> str:
    return "0" if value == 0 else f"{value:.2g}"


class HeatMapView(QWidget):
    """One heat map panel: a title, the matrix as coloured cells (values written in them when
    they fit, masked cells hatched, values that are not finite crossed), row and column
    numbers, and a colour bar on the scale both sides of the comparison share."""

    def __init__(self, chart: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.heatmap = chart["heatmap"]
        self.setMinimumSize(260, 220)
        self.setToolTip(str(chart.get("title", "")))

    def colour(self, value: float) -> QColor:
        low, high = float(self.heatmap["low"]), float(self.heatmap["high"])
        t = (value - low) / (high - low) if high > low else 0.5
        diverging = self.heatmap.get("scale") == "diverging"
        return _blend(DIVERGING if diverging else SEQUENTIAL, t)

    def paintEvent(self, event: Any) -> None:
        values = self.heatmap["values"]
        masked = self.heatmap.get("masked")
        rows, cols = len(values), len(values[0]) if values else 0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setBold(True)
        metrics, line = QFontMetrics(font), QFontMetrics(font).height()
        painter.setFont(title_font)
        painter.setPen(QColor("#1f2933"))
        title = QRectF(6, 4, self.width() - 12, line * 2 + 4)
        painter.drawText(title, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         str(self.chart.get("title", "")))  # fmt: skip
        painter.setFont(font)
        left, top = line + metrics.horizontalAdvance("000") + 10, title.bottom() + 6
        low, high = float(self.heatmap["low"]), float(self.heatmap["high"])
        labels = max(metrics.horizontalAdvance(_number(v)) for v in (low, high, (low + high) / 2))
        right, bottom = self.width() - labels - 36, self.height() - 2 * line - 12
        if rows == 0 or cols == 0 or right - left < 20 or bottom - top < 20:
            painter.end()
            return
        # cells fill the panel, at most three times as wide as tall or the other way round
        width, height = (right - left) / cols, (bottom - top) / rows
        width, height = min(width, 3 * height), min(height, 3 * width)
        x0 = left + ((right - left) - width * cols) / 2
        y0 = top + ((bottom - top) - height * rows) / 2
        show_values = width >= metrics.horizontalAdvance("-0.00") + 6 and height >= line + 4
        for i, row in enumerate(values):
            for j, value in enumerate(row):
                box = QRectF(x0 + j * width, y0 + i * height, width, height)
                if value is None:
                    painter.fillRect(box, QColor("#343a40"))
                    painter.setPen(QPen(QColor("#ff6b6b"), 1.5))
                    painter.drawLine(box.topLeft(), box.bottomRight())
                    painter.drawLine(box.topRight(), box.bottomLeft())
                    continue
                fill = self.colour(float(value))
                painter.fillRect(box, fill)
                if masked and masked[i][j]:
                    painter.fillRect(box, QBrush(QColor("#868e96"), Qt.BrushStyle.BDiagPattern))
                if show_values:
                    dark = fill.lightnessF() < 0.55
                    painter.setPen(QColor("white" if dark else "#1f2933"))
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, _number(float(value)))
        role = ROLE_COLOURS.get(str(self.heatmap.get("role")), DATA)
        painter.setPen(QPen(QColor(role), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x0 - 1.5, y0 - 1.5, width * cols + 3, height * rows + 3))
        painter.setPen(QColor("#495057"))
        across = max(1, math.ceil((metrics.horizontalAdvance(str(cols)) + 6) / width))
        for j in range(0, cols, across):  # column numbers, as many as fit
            painter.drawText(QRectF(x0 + j * width, y0 + rows * height + 3, width, line),
                             Qt.AlignmentFlag.AlignHCenter, str(j))  # fmt: skip
        for i in range(0, rows, max(1, math.ceil((line + 2) / height))):
            painter.drawText(QRectF(left - 40, y0 + i * height, 36, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(i))  # fmt: skip
        painter.drawText(QRectF(x0, y0 + rows * height + line + 4, width * cols, line),
                         Qt.AlignmentFlag.AlignHCenter, str(self.chart.get("x_label", "")))  # fmt: skip
        painter.save()
        painter.translate(4, y0 + rows * height / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-rows * height / 2, 0, rows * height, line),
                         Qt.AlignmentFlag.AlignHCenter, str(self.chart.get("y_label", "")))  # fmt: skip
        painter.restore()
        self._colour_bar(painter, QRectF(x0 + width * cols + 14, y0, 12, height * rows), line)
        painter.end()

    def _colour_bar(self, painter: QPainter, bar: QRectF, line: int) -> None:
        low, high = float(self.heatmap["low"]), float(self.heatmap["high"])
        gradient = QLinearGradient(bar.bottomLeft(), bar.topLeft())
        for k in range(11):
            gradient.setColorAt(k / 10, self.colour(low + (high - low) * k / 10))
        painter.fillRect(bar, QBrush(gradient))
        painter.setPen(QColor("#868e96"))
        painter.drawRect(bar)
        painter.setPen(QColor("#495057"))
        ticks = [(high, bar.top()), ((low + high) / 2, bar.center().y()), (low, bar.bottom())]
        for value, y in ticks:
            painter.drawText(QRectF(bar.right() + 4, y - line / 2, 50, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             _number(value))  # fmt: skip


class PictureView(QWidget):
    """The Picture tab of the results: a caption, then the picture's charts side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("pictureCaption")
        self.row = QHBoxLayout()
        self.views: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addLayout(self.row, 1)

    def set_picture(self, picture: dict[str, Any]) -> None:
        for view in self.views:
            self.row.removeWidget(view)
            view.deleteLater()
        self.views = []
        self.caption.setText(f"Test pictured: {picture.get('case', '')}")
        for chart in picture.get("charts", []):
            if "heatmap" in chart:
                view: QWidget = HeatMapView(chart)
            else:
                view = QChartView(build_chart(chart))
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumSize(260, 220)
            self.row.addWidget(view, 1)
            self.views.append(view)


def render_png(picture: dict[str, Any], path: Path, width: int = 0, height: int = 560) -> bool:
    """Draw the picture offscreen into a PNG file; True when the file was written."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["interview-app"])
        app.setApplicationName("interview-app")
    view = PictureView()
    view.set_picture(picture)
    charts = max(1, len(picture.get("charts", [])))
    view.resize(width or 560 * charts, height)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out, never on screen
    view.show()
    QApplication.processEvents()
    image = view.grab()
    view.close()
    return math.prod((image.width(), image.height())) > 0 and image.save(str(path), "PNG")
