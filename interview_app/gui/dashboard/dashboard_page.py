"""The progress dashboard: big numbers on top, clickable charts below, details on the right.

Everything is read off the GUI thread (ctx.dashboard, ctx.read). The page refreshes when it
is shown after something changed, and a moment after a write while it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.progress.dashboard import Dashboard
from interview_app.core.review.catalogue import Item
from interview_app.core.review.queue import weak_session
from interview_app.gui.context import AppContext
from interview_app.gui.dashboard import describe
from interview_app.gui.dashboard.aggregate import Period, due_now, due_on, local_span, topic_rows
from interview_app.gui.dashboard.board import Board
from interview_app.gui.dashboard.charts import period_label
from interview_app.gui.dashboard.details import DetailsPanel
from interview_app.gui.dashboard.empty_state import EmptyState
from interview_app.gui.dashboard.header import HeaderStrip
from interview_app.gui.widgets import ReloadOnChange

REFRESH_DELAY_MS = 500  # writes come in bursts (an answer, then its rating): refresh once
ATTEMPTS_SHOWN = 500


class DashboardPage(QWidget):
    practise_requested = Signal(list, str)  # item ids, "review" or "weak"
    loaded = Signal()  # a dashboard has been drawn

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dashboard: Dashboard | None = None
        self.items: dict[str, Item] = {}
        self._loading = False
        self._again = False
        self._request = 0  # the latest details query: older answers are dropped
        self._drawing = 0  # the latest render: a newer one stops an older one's remaining steps
        self.reloader = ReloadOnChange(self, self.refresh, REFRESH_DELAY_MS)

        self.header = HeaderStrip()
        self.board = Board(self.topic_title)
        self.details = DetailsPanel()
        self.empty = EmptyState()
        # The charts, for tests and for whoever wants to drive the page.
        self.cards = self.board.cards
        self.mastery_chart = self.board.mastery_chart
        self.trend_chart = self.board.trend_chart
        self.heatmap = self.board.heatmap
        self.forecast_chart = self.board.forecast_chart
        self.mock_chart = self.board.mock_chart
        self.weakest_list = self.board.weakest_list
        self._build_layout()
        self._connect()

    # --- layout --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        title = QLabel("Progress")
        title.setObjectName("pageTitle")
        self.status = QLabel("Loading…")
        self.status.setObjectName("hintText")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("dashScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.board)
        self.details.setMinimumWidth(300)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.scroll)
        self.split.addWidget(self.details)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([720, 280])

        content = QWidget()
        content_column = QVBoxLayout(content)
        content_column.setContentsMargins(0, 0, 0, 0)
        content_column.setSpacing(12)
        content_column.addWidget(self.header)
        content_column.addWidget(self.split, 1)
        self.loading = QLabel("Loading your progress…")
        self.loading.setObjectName("hintText")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.loading, self.empty, content):
            self.stack.addWidget(widget)
        self.content = content

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.ctx.attempts_changed.connect(self.reloader.changed)
        self.ctx.ready.connect(self.reloader.changed)
        self.ctx.store_error.connect(self._load_failed)
        self.header.review_due.connect(self.review_due)
        self.header.review_weak.connect(self.review_weak_topics)
        self.mastery_chart.topic_clicked.connect(self.show_topic)
        self.trend_chart.period_clicked.connect(self.show_period)
        self.heatmap.day_clicked.connect(self.show_day)
        self.forecast_chart.day_clicked.connect(self.show_forecast_day)
        self.mock_chart.mock_clicked.connect(self.show_mock)
        self.weakest_list.item_selected.connect(self.show_item)
        self.weakest_list.practise.connect(self.practise_requested)
        self.details.practise.connect(self.practise_requested)
        self.empty.go_practice.connect(self._open_practice)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything (off the GUI thread); a call during a load queues one more."""
        if not self.ctx.is_ready:
            return  # `ready` will call back
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.reloader.reloading()
        self.ctx.review_items(self._got_items)

    def _got_items(self, items: dict[str, Item]) -> None:
        self.items = items
        self.ctx.dashboard(self._got_dashboard)

    def _got_dashboard(self, dashboard: Dashboard) -> None:
        self._loading = False
        self.render(dashboard)
        if self._again:
            self._again = False
            self.reloader.changed()

    def _load_failed(self, _message: str) -> None:
        # The window shows the error; let the next change or show try again.
        if self._loading:
            self._loading, self.reloader.stale = False, True
            self.status.setText("Could not load the progress figures.")

    # --- drawing -------------------------------------------------------------------------

    def topic_title(self, topic_id: str) -> str:
        bank = self.ctx.bank
        topic = bank.topics.get(topic_id) if bank is not None else None
        return topic.title if topic is not None else topic_id

    def render(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.status.setText(f"Updated {dashboard.now.astimezone(self.ctx.tz):%H:%M}")
        if not dashboard.attempts and not dashboard.mocks:
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit()
            return
        self.stack.setCurrentWidget(self.content)
        self.header.set_dashboard(dashboard, self._weak_topic_titles(dashboard))
        self._drawing += 1
        self._draw_steps(self._drawing, self.board.steps(dashboard, self.ctx.tz))

    def _draw_steps(self, token: int, steps: list[Callable[[], None]]) -> None:
        # One chart per event-loop turn, so that the window keeps answering while they are built.
        if token != self._drawing:
            return  # a newer dashboard took over
        if not steps:
            self.details.show_message(
                "Details", "Click a bar, a point or a day in the calendar to see what is behind it."
            )
            self.loaded.emit()
            return
        steps[0]()
        QTimer.singleShot(0, lambda: self._draw_steps(token, steps[1:]))

    def _weak_topic_titles(self, dashboard: Dashboard) -> list[str]:
        entries = weak_session(dashboard.cards, self.items, dashboard.mastery, dashboard.now)
        topics = dict.fromkeys(e.item.topic for e in entries)
        return [self.topic_title(t) for t in topics]

    # --- clicks --------------------------------------------------------------------------

    def show_topic(self, topic_id: str) -> None:
        """What a click on the topic's mastery bar shows."""
        dashboard = self.dashboard
        if dashboard is None or topic_id not in dashboard.mastery:
            return
        mastery = dashboard.mastery[topic_id]
        rows = topic_rows(topic_id, dashboard.cards, self.items, dashboard.now)
        weak = weak_session(dashboard.cards, self.items, {topic_id: mastery}, dashboard.now, 1)
        self.details.present(
            describe.topic_details(
                self.topic_title(topic_id),
                mastery,
                rows,
                [e.item.id for e in weak],
                dashboard.today,
                self.ctx.tz,
            )
        )

    def show_period(self, index: int) -> None:
        """What a click on the accuracy chart shows: that day's or week's attempts."""
        chart = self.trend_chart
        if not 0 <= index < len(chart.periods):
            return
        period: Period = chart.periods[index]
        self._show_attempts(
            period_label(chart.unit, period),
            period.start,
            period.end,
            with_date=chart.unit != "day",
        )

    def show_day(self, day: date) -> None:
        """What a click on a calendar day shows: its attempts."""
        self._show_attempts(describe.long_day(day), day, day + timedelta(days=1), False)

    def _show_attempts(self, title: str, start: date, end: date, with_date: bool) -> None:
        self._request += 1
        request = self._request
        since, until = local_span(start, end, self.ctx.tz)
        self.details.show_message(title, "Loading…")

        def shown(rows: list[dict[str, Any]]) -> None:
            if request == self._request:
                self.details.present(
                    describe.attempts_details(
                        title, rows, self.items, self.ctx.tz, with_date, ATTEMPTS_SHOWN
                    )
                )

        self.ctx.read(lambda store: store.attempts_between(since, until, ATTEMPTS_SHOWN), shown)

    def show_forecast_day(self, offset: int) -> None:
        """What a click on a forecast bar shows: the items falling due that day."""
        dashboard = self.dashboard
        if dashboard is None or not 0 <= offset < len(dashboard.forecast):
            return
        rows = due_on(
            dashboard.cards, self.items, dashboard.policy, dashboard.now, self.ctx.tz, offset
        )
        day = dashboard.today + timedelta(days=offset)
        self._request += 1
        self.details.present(describe.forecast_details(offset, day, rows, self.ctx.tz))

    def show_mock(self, index: int) -> None:
        dashboard = self.dashboard
        if dashboard is None or not 0 <= index < len(dashboard.mocks):
            return
        self._request += 1
        mock = dashboard.mocks[index]
        self.details.present(
            describe.mock_details(mock, index + 1, len(dashboard.mocks), self.ctx.tz)
        )

    def show_item(self, item_id: str) -> None:
        dashboard = self.dashboard
        if dashboard is None:
            return
        weak = next((w for w in dashboard.weakest_items if w.item.id == item_id), None)
        if weak is not None:
            self._request += 1
            self.details.present(
                describe.item_details(weak, self.topic_title, dashboard.today, self.ctx.tz)
            )

    # --- starting practice ---------------------------------------------------------------

    def review_due(self) -> None:
        if self.dashboard is not None:
            ids = [e.item.id for e in due_now(self.dashboard.queue)]
            if ids:
                self.practise_requested.emit(ids, "review")

    def review_weak_topics(self) -> None:
        """A weak-topic session: the lowest-mastery topics' most failed items, then new ones."""
        dashboard = self.dashboard
        if dashboard is None:
            return

        def start(items: dict[str, Item]) -> None:
            entries = weak_session(dashboard.cards, items, dashboard.mastery, self.ctx.now())
            if entries:
                self.practise_requested.emit([e.item.id for e in entries], "weak")

        self.ctx.review_items(start)

    def _open_practice(self) -> None:
        window: Any = self.window()
        if hasattr(window, "show_page"):
            window.show_page("Practice")
