"""The grid of chart cards, and what each card draws from a Dashboard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtWidgets import QVBoxLayout, QWidget

from interview_app.core.practice import plural
from interview_app.core.progress.dashboard import Dashboard
from interview_app.gui.dashboard import describe
from interview_app.gui.dashboard.aggregate import calendar_start, periods
from interview_app.gui.dashboard.charts import (
    ForecastChart,
    MasteryChart,
    MockChart,
    TopicBar,
    TrendChart,
)
from interview_app.gui.dashboard.heatmap import CalendarHeatmap
from interview_app.gui.dashboard.layout import Card, ReflowGrid
from interview_app.gui.dashboard.weakest import WeakestList

# Reading order; "auto" cards share a row only when half a row is wide enough for them.
ORDER = (
    ("mastery", "full"),
    ("trend", "half"),
    ("mocks", "half"),
    ("calendar", "auto"),
    ("forecast", "auto"),
    ("weakest", "full"),
)


class Board(QWidget):
    """Every chart in its card. Charts report clicks through their own signals."""

    def __init__(self, topic_title: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashBody")
        self.topic_title = topic_title
        self.mastery_chart = MasteryChart()
        self.trend_chart = TrendChart()
        self.heatmap = CalendarHeatmap()
        self.forecast_chart = ForecastChart()
        self.mock_chart = MockChart()
        self.weakest_list = WeakestList(topic_title)
        self.cards = {
            "mastery": Card("Mastery by topic", "click a bar"),
            "trend": Card("Accuracy and volume", "click a point"),
            "mocks": Card("Mock interview scores", "click a point"),
            "calendar": Card("Practice calendar", "click a day"),
            "forecast": Card("Reviews coming up", "click a bar"),
            "weakest": Card("Weakest items", "double-click to practise"),
        }
        contents: dict[str, QWidget] = {
            "mastery": self.mastery_chart,
            "trend": self.trend_chart,
            "mocks": self.mock_chart,
            "calendar": self.heatmap,
            "forecast": self.forecast_chart,
            "weakest": self.weakest_list,
        }
        self.grid = ReflowGrid()
        for name, span in ORDER:
            self.cards[name].set_content(contents[name])
            self.grid.add(self.cards[name], span)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 6, 8)
        column.addWidget(self.grid)
        column.addStretch(1)

    def draw(self, dashboard: Dashboard, tz: tzinfo) -> None:
        for step in self.steps(dashboard, tz):
            step()

    def steps(self, dashboard: Dashboard, tz: tzinfo) -> list[Callable[[], None]]:
        """The drawing, one chart at a time: the page runs them on separate event-loop turns."""
        return [
            lambda: self._draw_mastery(dashboard),
            lambda: self._draw_activity(dashboard),
            lambda: self._draw_forecast(dashboard),
            lambda: self._draw_mocks(dashboard, tz),
            lambda: self._draw_weakest(dashboard),
        ]

    def _draw_mastery(self, dashboard: Dashboard) -> None:
        ranked = sorted(
            (m for m in dashboard.mastery.values() if m.items),
            key=lambda m: (not m.started, m.mastery, m.confidence, m.topic),
        )
        card = self.cards["mastery"]
        if not ranked:
            card.show_placeholder("No topics in the question bank.")
            return
        bars = [
            TopicBar(
                m.topic,
                self.topic_title(m.topic) + ("" if m.started else " (not started)"),
                m.mastery,
                m.sureness,
                describe.topic_tooltip(self.topic_title(m.topic), m),
            )
            for m in ranked
        ]
        self.mastery_chart.set_data(bars)
        card.show_content(
            "Share of each topic you would likely get right today; paler bars "
            "rest on little practice."
        )

    def _draw_activity(self, dashboard: Dashboard) -> None:
        unit, spans = periods(dashboard.days, dashboard.today)
        trend, calendar = self.cards["trend"], self.cards["calendar"]
        if not spans:
            trend.show_placeholder("Accuracy and volume appear after your first answers.")
            calendar.show_placeholder("Your practice days will fill this calendar.")
            return
        self.trend_chart.set_data(unit, spans)
        graded = sum(p.graded for p in spans)
        right = sum(p.score for p in spans) / graded if graded else 0.0
        trend.show_content(
            f"Attempts per {unit} (shaded, left) and share right (green, right): "
            f"{sum(p.attempts for p in spans):,} attempts, {right:.0%} right in all"
        )
        self.heatmap.set_data({d.day: d.attempts for d in dashboard.days}, dashboard.today)
        start = calendar_start(dashboard.today, self.heatmap.WEEKS)
        active = sum(1 for d in dashboard.days if d.day >= start)
        recent = [d for d in dashboard.days if d.day >= start]
        minutes = sum(d.minutes for d in recent) / len(recent) if recent else 0.0
        calendar.show_content(
            f"{plural(active, 'practice day')} in the last {self.heatmap.WEEKS} weeks, "
            f"{describe.duration(minutes)} on an average one · "
            f"streak {plural(dashboard.streak, 'day')}"
        )

    def _draw_forecast(self, dashboard: Dashboard) -> None:
        card = self.cards["forecast"]
        total = sum(dashboard.forecast)
        if not total:
            card.show_placeholder("Nothing falls due in the next two weeks.")
            return
        self.forecast_chart.set_data(dashboard.forecast, dashboard.today)
        card.show_content(
            f"{plural(total, 'review')} in the next {plural(len(dashboard.forecast), 'day')}, "
            f"{dashboard.forecast[0]} of them today"
        )

    def _draw_mocks(self, dashboard: Dashboard, tz: tzinfo) -> None:
        card = self.cards["mocks"]
        if not dashboard.mocks:
            card.show_placeholder(
                "No mock interviews yet: the Mock interview page runs a timed one."
            )
            return
        self.mock_chart.set_data(dashboard.mocks, tz)
        scores = [m["overall"] for m in dashboard.mocks]
        card.show_content(
            f"{plural(len(scores), 'interview')} · latest {scores[-1]:.0%} · best {max(scores):.0%}"
        )

    def _draw_weakest(self, dashboard: Dashboard) -> None:
        card = self.cards["weakest"]
        if not dashboard.weakest_items:
            card.show_placeholder("Items you find hard will be listed here.")
            return
        self.weakest_list.set_items(dashboard.weakest_items)
        leeches = len(dashboard.leeches)
        card.show_content(
            f"Lowest recall and most failed first; {leeches} leech{'es' if leeches != 1 else ''} "
            "(⚑) in all"
            if leeches
            else "Lowest recall and most failed first"
        )
