"""The progress dashboard in the real window, over a seeded history: the numbers match the core,
clicks on bars, points and days fill the details panel, and its buttons start practising."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt

from interview_app.core.bank import Bank, load_default_bank
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.progress.dashboard import Dashboard, load_dashboard
from interview_app.core.progress.synthetic import seed_history
from interview_app.core.review.catalogue import Item, catalogue
from interview_app.core.review.mastery import recall_now
from interview_app.core.review.queue import effective_due, weak_session
from interview_app.core.store import open_store
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow

TZ = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_default_bank()


@pytest.fixture(scope="module")
def items(bank: Bank) -> dict[str, Item]:
    return catalogue(bank.questions.values(), load_exercises()[0].values())


@pytest.fixture
def seeded(data_dir: Path, now: datetime, items: dict[str, Item]) -> Dashboard:
    """Six weeks of history in the data directory; returns what the core computes from it."""
    store = open_store(data_dir, now).store
    try:
        seed_history(store, items, now, days=42, attempts=600, rng=random.Random(1), mocks=5)
        return load_dashboard(store, items, now, TZ)
    finally:
        store.close()


@pytest.fixture
def open_dashboard(qtbot, data_dir, now, bank):
    def make() -> MainWindow:
        ctx = AppContext(
            data_dir, lambda: bank, open_store, now=lambda: now, rng=random.Random(0), tz=TZ
        )
        window = MainWindow(ctx, settings_for(data_dir))
        qtbot.addWidget(window)
        window.resize(1100, 760)
        with qtbot.waitSignal(ctx.ready, timeout=10_000):
            ctx.start()
        window.show()
        page = window.dashboard
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            window.show_page("Progress")
        return window

    return make


def bar_values(chart) -> list[float]:
    """Each bar's length, whichever shade's set carries it."""
    sets = list(chart.sets.values())
    return [sum(s.at(i) for s in sets) for i in range(sets[0].count())]


def test_numbers_match_the_core(open_dashboard, seeded: Dashboard) -> None:
    page = open_dashboard().dashboard
    header = page.header
    due = [e for e in seeded.queue if e.reason != "new"]
    assert header.due.value.text() == str(len(due)) and due
    assert header.streak.value.text() == str(seeded.streak)
    assert header.attempts.value.text() == f"{seeded.attempts:,}" == "600"
    sizes = sum(m.seen for m in seeded.mastery.values())
    average = sum(m.mastery * m.seen for m in seeded.mastery.values()) / sizes
    assert header.mastery.value.text() == f"{average:.0%}"
    assert not header.interview.isVisible()  # no interview date set

    # Mastery: weakest topic on top (a horizontal chart lists its categories bottom-up).
    ranked = sorted(seeded.mastery.values(), key=lambda m: (m.mastery, m.confidence, m.topic))
    chart = page.mastery_chart
    assert [b.topic for b in reversed(chart.bars)] == [m.topic for m in ranked]
    assert bar_values(chart) == [round(b.mastery * 100) for b in chart.bars]

    assert page.forecast_chart.counts == seeded.forecast
    assert sum(p.attempts for p in page.trend_chart.periods) == seeded.attempts
    assert page.trend_chart.unit == "week"  # six weeks: drawn week by week
    assert page.heatmap.counts == {d.day: d.attempts for d in seeded.days}
    assert [m["id"] for m in page.mock_chart.mocks] == [m["id"] for m in seeded.mocks]
    assert page.weakest_list.table.rowCount() == len(seeded.weakest_items)
    first = page.weakest_list.table.item(0, 0).text()
    assert first == seeded.weakest_items[0].item.title
    assert all(card.showing_content for card in page.cards.values())


def test_clicking_a_mastery_bar_lists_the_topics_items(
    qtbot, open_dashboard, seeded: Dashboard, items, now
) -> None:
    window = open_dashboard()
    page = window.dashboard
    chart = page.mastery_chart
    index = len(chart.bars) - 1  # the weakest topic, drawn on top
    weakest = chart.bars[index]
    bar_set = chart.sets[weakest.sureness]
    # A real click in the middle of the bar: QBarSet.clicked carries the index to the page.
    series = chart.chart().series()[0]
    middle = chart.chart().mapToPosition(QPointF(bar_set.at(index) / 2, index), series)
    spot = chart.mapFromScene(middle)
    with qtbot.waitSignal(bar_set.clicked, timeout=2000) as clicked:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert clicked.args == [index]

    details = page.details
    assert details.title.text() == window.ctx.bank.topics[weakest.topic].title
    in_topic = [i for i in items.values() if i.topic == weakest.topic]
    assert sorted(details.row_texts()) == sorted(i.title for i in in_topic)
    expected = weak_session(
        seeded.cards, items, {weakest.topic: seeded.mastery[weakest.topic]}, now, topics=1
    )
    assert details.action_ids == [e.item.id for e in expected]
    assert details.action.text() == "Practise this topic's weak items"

    with qtbot.waitSignal(page.practise_requested, timeout=2000) as requested:
        qtbot.mouseClick(details.action, Qt.MouseButton.LeftButton)
    assert requested.args == [details.action_ids, "weak"]


def test_a_forecast_bar_lists_the_items_due_that_day(
    qtbot, open_dashboard, seeded: Dashboard, now
) -> None:
    page = open_dashboard().dashboard
    offset = next(i for i, n in enumerate(seeded.forecast) if i and n)
    bar_set = page.forecast_chart.chart().series()[0].barSets()[0]
    bar_set.clicked.emit(offset)  # as QtCharts reports a click on that bar
    today = now.astimezone(TZ).date()
    due = {
        item_id
        for item_id, card in seeded.cards.items()
        if (when := effective_due(card, seeded.policy, now, TZ)) is not None
        and (when.astimezone(TZ).date() - today).days == offset
    }
    assert len(due) == seeded.forecast[offset]
    assert set(page.details.row_ids) == due == set(page.details.action_ids)
    recalls = [recall_now(seeded.cards[i], now) for i in page.details.row_ids]
    assert recalls == sorted(recalls)  # weakest first, by recall as of now

    page.show_forecast_day(0)  # today: overdue reviews included
    assert len(page.details.row_ids) == seeded.forecast[0]


def test_a_day_and_a_week_list_their_attempts(qtbot, open_dashboard, seeded: Dashboard) -> None:
    page = open_dashboard().dashboard
    day = seeded.days[-1]
    with qtbot.waitSignal(page.heatmap.day_clicked, timeout=2000) as clicked:
        spot = page.heatmap.cell_rect(day.day).center().toPoint()
        qtbot.mouseClick(page.heatmap, Qt.MouseButton.LeftButton, pos=spot)
    assert clicked.args == [day.day]
    qtbot.waitUntil(lambda: page.details.list.count() == day.attempts, timeout=5000)
    assert page.details.title.text() == f"{day.day:%A} {day.day.day} {day.day:%B %Y}"
    assert page.details.summary.text().startswith(f"{day.attempts} attempts")

    week = max(
        range(len(page.trend_chart.periods)), key=lambda i: page.trend_chart.periods[i].attempts
    )
    page.show_period(week)
    expected = page.trend_chart.periods[week].attempts
    qtbot.waitUntil(lambda: page.details.list.count() == min(expected, 500), timeout=5000)
    assert page.details.title.text().startswith("Week of")

    page.show_mock(0)
    first = seeded.mocks[0]
    assert page.details.title.text() == first["title"]
    assert f"{first['overall']:.0%}" in page.details.text.toPlainText()


def test_practising_a_weak_item_opens_a_review_session(
    qtbot, open_dashboard, seeded: Dashboard
) -> None:
    window = open_dashboard()
    page = window.dashboard
    questions = window.ctx.bank.questions
    row = next(r for r, w in enumerate(seeded.weakest_items) if w.item.id in questions)
    item = seeded.weakest_items[row].item
    page.weakest_list.table.selectRow(row)
    assert page.details.title.text() == item.title
    if seeded.weakest_items[row].card.is_leech:
        assert "leech" in page.details.text.toPlainText()
    with qtbot.waitSignal(page.practise_requested, timeout=2000) as requested:
        qtbot.mouseClick(page.weakest_list.practise_button, Qt.MouseButton.LeftButton)
    assert requested.args == [[item.id], "review"]
    practice = window.practice
    qtbot.waitUntil(lambda: practice.currentWidget() is practice.view, timeout=5000)
    assert window.pages.currentWidget() is practice
    assert practice._session_mode == "review"
    assert practice.view.title.text() == questions[item.id].label


def test_review_weak_topics_starts_a_weak_session(
    qtbot, open_dashboard, seeded: Dashboard, items, now
) -> None:
    window = open_dashboard()
    page = window.dashboard
    expected = [e.item.id for e in weak_session(seeded.cards, items, seeded.mastery, now)]
    with qtbot.waitSignal(page.practise_requested, timeout=2000) as requested:
        qtbot.mouseClick(page.header.weak_button, Qt.MouseButton.LeftButton)
    assert requested.args == [expected, "weak"]
    qtbot.waitUntil(lambda: window.practice.currentWidget() is window.practice.view, timeout=5000)
    assert window.practice._session_mode == "weak"


def test_refreshes_when_shown_after_a_change_not_while_hidden(
    qtbot, open_dashboard, seeded: Dashboard
) -> None:
    window = open_dashboard()
    page = window.dashboard
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.ctx.attempts_changed.emit()  # visible: reloads after a short pause
    window.show_page("History")
    with qtbot.assertNotEmitted(page.loaded, wait=700):
        window.ctx.attempts_changed.emit()
        window.ctx.attempts_changed.emit()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("Progress")


def test_empty_history_explains_what_will_appear(qtbot, open_dashboard) -> None:
    window = open_dashboard()
    page = window.dashboard
    assert page.stack.currentWidget() is page.empty
    assert "Mastery by topic" in page.empty.body.text()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.practice


def test_dashboard_keeps_qtcharts_off_the_start_path() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import interview_app.gui.app\n"
        "print(any(m.startswith('PySide6.QtCharts') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_two_years_of_history_draw_quickly(data_dir, now, items, qtbot) -> None:
    from time import perf_counter

    from interview_app.gui.dashboard.aggregate import periods
    from interview_app.gui.dashboard.charts import TrendChart

    store = open_store(data_dir, now).store
    try:
        seed_history(store, items, now, days=730, attempts=8000, rng=random.Random(2))
        dashboard = load_dashboard(store, items, now, TZ)
    finally:
        store.close()
    chart = TrendChart()
    qtbot.addWidget(chart)
    start = perf_counter()
    unit, spans = periods(dashboard.days, dashboard.today)
    chart.set_data(unit, spans)
    assert perf_counter() - start < 0.5
    assert unit == "week" and 100 <= len(spans) <= 106
    assert sum(p.attempts for p in spans) == dashboard.attempts == 8000
    assert spans[0].start <= dashboard.days[0].day < spans[0].end
    assert spans[-1].end > dashboard.today
