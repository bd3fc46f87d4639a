"""A practice session ends with a summary: answered, right, partly, time, and what comes back when."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from interview_app.core.practice import comeback_text, duration_text
from interview_app.core.vocab import Kind
from tests.test_gui import open_window, start_with_kind  # noqa: F401 - a fixture


@pytest.fixture
def bank_dir(make_bank, small_bank_text):
    return make_bank(alpha=small_bank_text)


def test_duration_and_comeback_texts() -> None:
    assert [duration_text(ms) for ms in (20_000, 6 * 60_000, 65 * 60_000, 120 * 60_000)] == [
        "under a minute", "6 min", "1 h 5 min", "2 h",
    ]  # fmt: skip
    assert comeback_text([4, 1, 1, 0, -2]) == "2 today, 2 tomorrow, 1 in 4 days"
    assert comeback_text([]) == ""


def test_ending_a_session_sums_it_up(qtbot, open_window, bank_dir) -> None:  # noqa: F811
    window = open_window([bank_dir])
    start_with_kind(qtbot, window, Kind.NUMERIC)
    page = window.practice
    panel = page.view.panels[Kind.NUMERIC]
    qtbot.keyClicks(panel.input, "1/8")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.saved.text() == "Answer saved.", timeout=5000)
    qtbot.mouseClick(page.view.end_button, Qt.MouseButton.LeftButton)
    summary = page.setup.summary
    assert summary.text().startswith("Last session: 1 answered, 1 right in under a minute.")
    qtbot.waitUntil(lambda: "Coming back" in summary.text(), timeout=5000)
    assert "Coming back: 1 in " in summary.text() or "Coming back: 1 tomorrow" in summary.text()
