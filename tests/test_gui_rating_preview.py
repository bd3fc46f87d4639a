"""The rating buttons say when the item comes back, from the scheduler the app reviews with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from interview_app.core.review.cards import apply_attempt
from interview_app.core.review.policy import ReviewPolicy
from interview_app.core.review.preview import interval_text, next_intervals
from interview_app.core.vocab import Kind, Rating
from tests.test_gui import open_window, start_with_kind  # noqa: F401 - a fixture


@pytest.fixture
def bank_dir(make_bank, small_bank_text):
    return make_bank(alpha=small_bank_text)


AT = datetime(2026, 3, 14, 9, tzinfo=UTC)


def test_new_item_intervals_follow_the_scheduler() -> None:
    got = next_intervals(None, "q", "t", "concept", ReviewPolicy(), AT)
    assert {r.label: interval_text(d) for r, d in got.items()} == {
        "Again": "1 d", "Hard": "1 d", "Good": "2 d", "Easy": "8 d",
    }  # fmt: skip


def test_intervals_grow_after_a_good_review_and_stay_put_within_a_sitting() -> None:
    row = {"question_id": "q", "topic": "t", "kind": "concept", "created_at": AT,
           "outcome": "correct", "rating": 3}  # fmt: skip
    card = apply_attempt(None, row, ReviewPolicy())
    later = next_intervals(card, "q", "t", "concept", ReviewPolicy(), card.due)
    assert later[Rating.AGAIN] < later[Rating.HARD] < later[Rating.GOOD] < later[Rating.EASY]
    assert later[Rating.GOOD] > card.due - AT
    assert (
        next_intervals(card, "q", "t", "concept", ReviewPolicy(), AT + timedelta(minutes=5)) is None
    )


def test_interval_text() -> None:
    assert [interval_text(timedelta(days=d)) for d in (0.2, 1, 3.4, 40, 200, 800)] == [
        "<1 d", "1 d", "3 d", "6 wk", "7 mo", "2.2 y",
    ]  # fmt: skip


def test_concept_rating_buttons_preview_the_next_review(
    qtbot,
    open_window,  # noqa: F811
    bank_dir,
) -> None:
    window = open_window([bank_dir])
    start_with_kind(qtbot, window, Kind.CONCEPT)
    panel = window.practice.view.panels[Kind.CONCEPT]
    good = panel.rating_buttons[Rating.GOOD]
    assert good.text() == "Good  (Ctrl+3)"  # nothing promised before the reveal
    qtbot.keyClicks(panel.editor, "fits noise")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "\n" in good.text(), timeout=5000)
    assert good.text() == "2 d\nGood  (Ctrl+3)"
    assert panel.rating_buttons[Rating.EASY].text() == "8 d\nEasy  (Ctrl+4)"
    window.resize(1000, 700)
    qtbot.wait(50)
    for button in panel.rating_buttons.values():  # nothing cut at the smallest size
        assert button.width() >= button.sizeHint().width(), button.text()
    assert "next review in 2 d" in good.toolTip()


def test_interview_date_caps_the_preview_as_on_the_review_page() -> None:
    policy = ReviewPolicy(interview_date=(AT + timedelta(days=4)).date())
    got = next_intervals(None, "q", "t", "concept", policy, AT, tz=UTC)
    assert max(got.values()) <= timedelta(days=3)
    assert (
        got[Rating.EASY]
        < next_intervals(None, "q", "t", "concept", ReviewPolicy(), AT)[Rating.EASY]
    )
