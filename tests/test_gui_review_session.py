"""A review session on the practice page: items in queue order, leeches offered their explanation."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from interview_app.core.bank import load_bank
from interview_app.core.records import AttemptRecord
from interview_app.core.store import open_store
from interview_app.core.vocab import Kind, Outcome
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow

NOW = datetime(2026, 5, 10, 12, tzinfo=UTC)


def test_review_session_deals_in_order_and_offers_a_leechs_explanation(
    qtbot, make_bank, small_bank_text, data_dir
) -> None:
    store = open_store(data_dir, NOW).store
    for days_ago in (9, 6, 3):  # wrong on three separate days: a leech
        store.record_attempt(AttemptRecord(
            question_id="a-numeric", topic="alpha", kind="numeric", answer="1/4",
            created_at=NOW - timedelta(days=days_ago), outcome=Outcome.INCORRECT, time_spent_ms=9000,
        ))  # fmt: skip
    store.close()

    bank_dir = make_bank(alpha=small_bank_text)
    ctx = AppContext(data_dir, lambda: load_bank([bank_dir]), open_store,
                     now=lambda: NOW, rng=random.Random(0), tz=UTC)  # fmt: skip
    window = MainWindow(ctx, settings_for(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.ready, timeout=10_000):
        ctx.start()
    window.show()

    window.practise(["a-numeric", "a-choice"], "review")
    view = window.practice.view
    qtbot.waitUntil(lambda: window.practice.currentWidget() is view, timeout=5000)
    assert window.nav.currentRow() == window.PAGES.index("Practice")
    assert view.title.text() == "What is 1/8?"
    assert view.explain_button.isVisible() and "3 different days" in view.hint.text()

    qtbot.mouseClick(view.explain_button, Qt.MouseButton.LeftButton)
    assert "Explanation." in view.prompt.toPlainText() and "0.125" in view.prompt.toPlainText()
    panel = view.panels[Kind.NUMERIC]
    panel.input.setText("0.125")
    panel.submit()
    qtbot.waitUntil(lambda: view.saved.text() == "Answer saved.", timeout=5000)

    window.practice.next_question()
    assert not view.explain_button.isVisible()  # the next item is no leech
    window.practice.next_question()  # past the last item: the review is over
    assert window.practice.currentWidget() is window.practice.setup
    assert "Review finished" in window.practice.setup.summary.text()

    window.close()
    conn = sqlite3.connect(data_dir / "progress.db")
    mode, config = conn.execute("SELECT mode, config FROM sessions").fetchone()
    details = json.loads(
        conn.execute("SELECT details FROM attempts ORDER BY id DESC").fetchone()[0]
    )
    rating = conn.execute(
        "SELECT last_rating FROM review_cards WHERE item_id = 'a-numeric'"
    ).fetchone()[0]
    conn.close()
    assert mode == "review" and json.loads(config) == {"items": ["a-numeric", "a-choice"]}
    assert details["hint_used"] is True
    assert rating == 2  # right, but after reading the explanation: Hard
