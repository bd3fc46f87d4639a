"""Draws a result's picture (plain series from core/judge/pictures.py) with QtCharts: one
chart per panel, side by side. Also renders it to a PNG for `interview-app grade --plot`."""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QLineSeries,
    QLogValueAxis,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
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
    xs = [p[0] for s in chart["series"] for p in s["points"]]
    ys = [p[1] for s in chart["series"] for p in s["points"]]
    log = bool(chart.get("y_log")) and bool(ys) and min(ys) > 0 and max(ys) / min(ys) > 100
    x_axis, y_axis = QValueAxis(), (QLogValueAxis() if log else QValueAxis())
    x_axis.setTitleText(str(chart.get("x_label", "")))
    y_axis.setTitleText(str(chart.get("y_label", "")))
    floor = max(ys) * 1e-12 if log else 0.0  # a loss of 1e-30 is drawn as the axis' floor
    if isinstance(y_axis, QLogValueAxis):
        low, high = _range([max(y, floor) for y in ys], True)
        y_axis.setLabelFormat("%.0e")
        y_axis.setBase(10.0 ** max(1, math.ceil(math.log10(high / low) / 5)))  # ~5 labels
        y_axis.setMinorTickCount(0)
        y_axis.setRange(low, high)
    else:
        y_axis.setRange(*_range(ys, False))
    x_axis.setRange(*_range(xs, False))
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


class PictureView(QWidget):
    """The Picture tab of the results: a caption, then the picture's charts side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setObjectName("pictureCaption")
        self.row = QHBoxLayout()
        self.views: list[QChartView] = []
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
