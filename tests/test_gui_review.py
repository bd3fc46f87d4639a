"""The Review page on a fixed clock and a seeded history: queue, interview date, overrides, leeches."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from interview_app.core.bank import load_bank
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.progress.dashboard import load_dashboard
from interview_app.core.records import AttemptRecord
from interview_app.core.review.catalogue import catalogue
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.review.queue import QueueEntry
from interview_app.core.store import Store, open_store
from interview_app.core.vocab import Outcome, Rating
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow
from interview_app.gui.review import model as words
from interview_app.gui.review.delegates import SUBTITLE_ROLE

from .conftest import FIXED_NOW

TITLES = {
    "a1": "Bias and variance",
    "a2": "Learning-rate warm-up",
    "a3": "Dropout at test time",
    "b1": "Precision at k",
    "b2": "Calibration curves",
}
EXPLANATION = "Precision at k counts the relevant items among the top k results."


def _question(item_id: str) -> str:
    answer = EXPLANATION if item_id == "b1" else f"The answer to {TITLES[item_id]}."
    return f"""
[[questions]]
id = "{item_id}"
kind = "numeric"
difficulty = "easy"
tags = []
title = "{TITLES[item_id]}"
prompt = "What is one?"
answer = "{answer}"
value = 1
abs_tol = 0.01
"""


def _day(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


# (item, topic, when, outcome, seconds): with a 150 s target, 100 s right is Good, 30 s is Easy.
HISTORY = [
    ("a1", "alpha", _day(1), Outcome.CORRECT, 100),  # Good: due 3 Mar, long overdue
    ("a3", "alpha", _day(8), Outcome.CORRECT, 30),  # Easy: due 16 Mar, not today
    ("a2", "alpha", _day(10), Outcome.INCORRECT, 100),  # Again: due 11 Mar
    ("b1", "beta", _day(5), Outcome.INCORRECT, 100),  # failed on three days: a leech
    ("b1", "beta", _day(8), Outcome.INCORRECT, 100),
    ("b1", "beta", _day(12), Outcome.INCORRECT, 100),
]


@pytest.fixture
def bank_dir(make_bank) -> Path:
    return make_bank(
        alpha='topic = "alpha"\n' + "".join(_question(i) for i in ("a1", "a2", "a3")),
        beta='topic = "beta"\n' + "".join(_question(i) for i in ("b1", "b2")),
    )


def seed(data_dir: Path, history: list[tuple] = HISTORY) -> None:
    result = open_store(data_dir, FIXED_NOW)
    for item_id, topic, when, outcome, seconds in history:
        result.store.record_attempt(
            AttemptRecord(
                question_id=item_id,
                topic=topic,
                kind="code" if item_id == "two-sum" else "numeric",  # the one exercise used
                created_at=when,
                answer="1",
                outcome=outcome,
                time_spent_ms=seconds * 1000,
                score={Outcome.CORRECT: 1.0, Outcome.INCORRECT: 0.0}[outcome],
                target_seconds=150,
            )
        )
    result.store.close()


def core_queue(data_dir: Path, bank_dir: Path) -> list[QueueEntry]:
    """The queue as the core builds it, straight from the database."""
    items = catalogue(load_bank([bank_dir]).questions.values(), load_exercises()[0].values())
    result = open_store(data_dir, FIXED_NOW)
    try:
        return load_dashboard(result.store, items, FIXED_NOW, UTC).queue
    finally:
        result.store.close()


@pytest.fixture
def open_review(qtbot, data_dir, bank_dir) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        ctx = AppContext(
            data_dir,
            lambda: load_bank([bank_dir]),
            open_store,
            now=lambda: FIXED_NOW,
            rng=random.Random(0),
            tz=UTC,
        )
        window = MainWindow(ctx, settings_for(data_dir))
        qtbot.addWidget(window)
        with qtbot.waitSignal(ctx.ready, timeout=10_000):
            ctx.start()
        window.show()
        window.show_page("Review")
        qtbot.waitUntil(lambda: window.review.model is not None, timeout=10_000)
        return window

    return make


def from_store(qtbot, window: MainWindow, query: Callable[[Store], Any]) -> Any:
    """Run a read on the window's own store lane (after any queued writes) and wait for it."""
    box: list[Any] = []
    window.ctx.read(query, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def cell(page: Any, item_id: str, column: int) -> str:
    return page.queue_table.item(page.queue_ids().index(item_id), column).text()


def select(qtbot, page: Any, item_id: str) -> None:
    page.queue_table.selectRow(page.queue_ids().index(item_id))
    qtbot.waitUntil(lambda: page.detail.attempts.rowCount() > 0, timeout=5000)


def test_due_items_in_the_cores_order(qtbot, open_review, data_dir, bank_dir) -> None:
    seed(data_dir)
    expected = [e.item.id for e in core_queue(data_dir, bank_dir)]
    page = open_review().review
    assert page.queue_ids() == expected
    assert expected[0] == "b1" and sorted(expected) == ["a1", "a2", "b1"]  # a3 is not due yet
    assert page.summary.text() == "3 reviews due today"
    assert page.start_button.text() == "Start review (3)" and page.start_button.isEnabled()
    assert [cell(page, i, 1) for i in ("b1", "a1", "a2")] == ["leech", "due", "due"]
    assert [cell(page, i, 2) for i in ("b1", "a1", "a2")] == [
        "1 day overdue",
        "11 days overdue",
        "3 days overdue",
    ]
    assert page.queue_table.item(0, 0).text() == TITLES["b1"]
    assert page.tabs.tabText(0) == "Due today (3)"


def test_start_review_opens_the_first_due_question(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    window = open_review()
    page = window.review
    with qtbot.waitSignal(page.practise_requested) as emitted:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [page.queue_ids(), "review"]
    qtbot.waitUntil(lambda: window.practice.currentWidget() is window.practice.view, timeout=5000)
    assert window.pages.currentWidget() is window.practice
    assert window.practice.view.title.text() == TITLES[page.queue_ids()[0]]


def test_double_click_or_enter_practises_one_item(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    window = open_review()
    page = window.review
    page.practise_requested.disconnect(window.practise)  # stay on the page for the second check
    row = page.queue_ids().index("a2")
    rect = page.queue_table.visualRect(page.queue_table.model().index(row, 0))
    viewport, left = page.queue_table.viewport(), Qt.MouseButton.LeftButton
    qtbot.mouseClick(viewport, left, pos=rect.center())  # Qt wants the press before a double
    with qtbot.waitSignal(page.practise_requested) as emitted:
        qtbot.mouseDClick(viewport, left, pos=rect.center())
    assert emitted.args == [["a2"], "review"]
    page.queue_table.selectRow(page.queue_ids().index("a1"))
    with qtbot.waitSignal(page.practise_requested) as emitted:
        qtbot.keyClick(page.queue_table, Qt.Key.Key_Return)
    assert emitted.args == [["a1"], "review"]


def test_interview_date_persists_and_changes_the_queue(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    window = open_review()
    page = window.review
    assert page.interview_date.minimumDate() == QDate(2026, 3, 14)
    page.interview_box.setChecked(True)
    page.interview_date.setDate(QDate(2026, 3, 20))
    # The unseen items (the bank's one unseen question and every shipped exercise) are all
    # met before the day: spread over the 4 days that leave two days' margin.
    from interview_app.core.judge.exercises import load_exercises

    per_day = math.ceil((len(load_exercises()[0]) + 1) / 4)
    assert page.interview_info.text().startswith("6 days left")
    assert f"{per_day} new items per day" in page.interview_info.text()
    qtbot.waitUntil(lambda: "a3" in page.queue_ids(), timeout=5000)
    policy = from_store(qtbot, window, lambda store: store.review_policy())
    assert policy == ReviewPolicy(0.9, date(2026, 3, 20))
    # Due on 16 March by the normal schedule, but recall must be higher this close to the day.
    assert cell(page, "a3", 1) == "before interview"
    new = [i for i in page.queue_ids() if cell(page, i, 1) == "new"]
    assert len(new) == per_day and all(cell(page, i, 3) == "—" for i in new)
    assert page.summary.text() == f"4 reviews due today  ·  {per_day} new items today"

    page.interview_box.setChecked(False)  # back to ordinary review
    qtbot.waitUntil(lambda: "a3" not in page.queue_ids(), timeout=5000)
    assert from_store(qtbot, window, lambda store: store.review_policy()) == ReviewPolicy()
    assert page.summary.text() == "3 reviews due today"
    assert not page.interview_date.isEnabled()


def test_saved_interview_date_is_shown(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    result = open_store(data_dir, FIXED_NOW)
    result.store.set_review_policy(ReviewPolicy(0.9, date(2026, 4, 1)))
    result.store.close()
    page = open_review().review
    assert page.interview_box.isChecked() and page.interview_date.isEnabled()
    assert page.interview_date.date() == QDate(2026, 4, 1)
    assert page.interview_info.text().startswith("18 days left  ·  aiming for 90% recall")


def test_override_rating_reschedules_the_item(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    window = open_review()
    page = window.review
    select(qtbot, page, "a2")
    assert page.detail.title.text() == TITLES["a2"]
    assert page.detail.attempts.item(0, 1).text() == "Again: the answer was incorrect."
    assert page.override_buttons[Rating.AGAIN].property("chosen") is True
    before = from_store(qtbot, window, lambda store: store.review_cards()["a2"].due)

    qtbot.mouseClick(page.override_buttons[Rating.EASY], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "a2" not in page.queue_ids(), timeout=5000)
    card = from_store(qtbot, window, lambda store: store.review_cards()["a2"])
    assert card.last_rating == Rating.EASY and card.due > before
    assert card.due.date() == date(2026, 3, 18)
    # The item stays in the detail panel, with its new schedule.
    assert page.detail.item_id == "a2" and page.detail.result.isVisible()
    assert page.detail.result.text() == "Rated Easy: next review in 4 days (Wed 18 Mar)."
    qtbot.waitUntil(
        lambda: page.detail.attempts.item(0, 1).text() == "Easy: your own rating.", timeout=5000
    )
    assert page.summary.text() == "2 reviews due today"


def test_leeches_are_listed_with_their_explanation(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    page = open_review().review
    assert page.tabs.tabText(1) == "Leeches (1)"
    assert page.leech_list.count() == 1
    assert page.leech_list.item(0).text() == f"{TITLES['b1']}\nBeta  ·  failed on 3 days"
    page.tabs.setCurrentIndex(1)
    page.leech_list.setCurrentRow(0)
    detail = page.detail
    assert detail.item_id == "b1" and detail.explain_button.isVisible()
    assert not detail.explanation.isVisible()
    qtbot.mouseClick(detail.explain_button, Qt.MouseButton.LeftButton)
    assert detail.explanation.isVisible()
    assert EXPLANATION in detail.explanation.toPlainText()
    with qtbot.waitSignal(page.practise_requested) as emitted:
        qtbot.mouseClick(page.leech_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [["b1"], "weak"]


def test_due_items_that_are_not_leeches_keep_their_answer_hidden(
    qtbot, open_review, data_dir
) -> None:
    seed(data_dir)
    page = open_review().review
    select(qtbot, page, "a1")
    assert not page.detail.explain_button.isVisible()  # seeing it first would spoil the review


def test_weak_topics_session(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    window = open_review()
    page = window.review
    page.practise_requested.disconnect(window.practise)  # the signal is what matters here
    assert page.weak_button.isEnabled()
    assert page.weak_topics.text().startswith("Weakest: ")
    with qtbot.waitSignal(page.practise_requested) as emitted:
        qtbot.mouseClick(page.weak_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [words.session_ids(page.model.weak), "weak"]


def test_without_history_spaced_review_is_explained(qtbot, open_review) -> None:
    page = open_review().review
    assert page.summary.text() == "Nothing to review yet"
    assert page.body.currentIndex() == 1 and "Spaced review brings" in page.intro.text()
    assert not page.start_button.isEnabled() and not page.weak_button.isEnabled()


def test_all_caught_up_says_when_the_next_review_is(qtbot, open_review, data_dir) -> None:
    seed(data_dir, [("a3", "alpha", _day(13), Outcome.CORRECT, 30)])  # Easy: due 21 March
    page = open_review().review
    assert page.summary.text() == "Nothing due today"
    assert page.queue_stack.currentWidget() is page.caught_up
    assert "All caught up" in page.caught_up.text()
    assert "Next review in 7 days (Sat 21 Mar): 1 item." in page.caught_up.text()
    assert not page.start_button.isEnabled()


def test_refreshes_after_answers_and_when_shown_again(qtbot, open_review, data_dir) -> None:
    seed(data_dir)
    window = open_review()
    page = window.review

    def answer(item_id: str) -> Callable[[Store], int]:
        record = AttemptRecord(
            item_id, "alpha", "numeric", FIXED_NOW - timedelta(minutes=1), "1", Outcome.CORRECT,
            100_000, score=1.0, target_seconds=150,
        )  # fmt: skip
        return lambda store: store.record_attempt(record)

    window.ctx.write(answer("a1"))
    qtbot.waitUntil(lambda: "a1" not in page.queue_ids(), timeout=5000)

    window.show_page("History")
    written: list[int] = []
    window.ctx.write(answer("a2"), written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=5000)
    qtbot.wait(400)  # longer than the reload delay: a hidden page waits until it is shown
    assert "a2" in page.queue_ids()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.show_page("Review")
    assert page.queue_ids() == ["b1"]


def test_session_ids_prefer_questions_then_the_first_exercise() -> None:
    from interview_app.core.review.catalogue import Item

    def entry(item_id: str, kind: str) -> QueueEntry:
        return QueueEntry(Item(item_id, "t", kind, item_id, "easy", 60), "due", None, 0.5)

    mixed = [entry("x1", "code"), entry("q1", "concept"), entry("x2", "code"), entry("q2", "math")]
    assert words.session_ids(mixed) == ["q1", "q2"]
    assert words.session_ids([entry("x1", "code"), entry("x2", "code")]) == ["x1"]
    assert words.session_ids([]) == []


def test_words_for_due_dates_and_interview_mode() -> None:
    today = date(2026, 3, 14)
    at = datetime(2026, 3, 14, 12, tzinfo=UTC)
    assert [words.relative_due(at + timedelta(days=d), today, UTC) for d in (-2, -1, 0, 1, 3)] == [
        "2 days overdue",
        "1 day overdue",
        "today",
        "tomorrow",
        "in 3 days",
    ]
    assert words.next_review(at + timedelta(days=1), today, UTC) == "tomorrow (Sun 15 Mar)"
    assert words.interview_text(ReviewPolicy(0.9, date(2026, 3, 14)), today, 0) == (
        "Your interview is today: good luck! Reviews are back to normal."
    )
    assert "has passed" in words.interview_text(ReviewPolicy(0.9, date(2026, 3, 1)), today, 0)
    assert words.interview_text(ReviewPolicy(0.9, date(2026, 3, 15)), today, 0) == (
        "1 day left  ·  aiming for 95% recall  ·  every item has been seen at least once"
    )


def test_with_only_an_exercise_due_start_opens_it(qtbot, open_review, data_dir) -> None:
    seed(data_dir, [("two-sum", "algorithms", _day(10), Outcome.INCORRECT, 600)])
    window = open_review()
    page = window.review
    page.practise_requested.disconnect(window.practise)  # no judge needed to check the request
    assert page.queue_ids() == ["two-sum"] and page.start_button.text() == "Start review (1)"
    assert page.queue_table.item(0, 0).data(SUBTITLE_ROLE) == "Algorithms  ·  code"
    with qtbot.waitSignal(page.practise_requested) as emitted:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [["two-sum"], "review"]
