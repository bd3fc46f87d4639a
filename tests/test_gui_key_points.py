"""Key points after Reveal wrap whole at 1000x700 instead of being cut mid-sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt

from interview_app.core.vocab import Kind
from tests.test_gui import open_window, start_with_kind  # noqa: F401

LONG = "A deliberately long key point that would run past the right edge " * 3
CONCEPT = f"""
[[questions]]
id = "a-long"
kind = "concept"
difficulty = "easy"
tags = []
prompt = "Explain it."
answer = "The model answer."
key_points = ["{LONG.strip()}", "{LONG.strip()} again", "short"]
"""


def test_revealed_key_points_wrap_and_fit(
    qtbot,
    open_window,  # noqa: F811
    make_bank,
    small_bank_text,
) -> None:
    window = open_window([make_bank(alpha='topic = "alpha"\n' + CONCEPT)])
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    start_with_kind(qtbot, window, Kind.CONCEPT)
    panel = window.practice.view.panels[Kind.CONCEPT]
    qtbot.keyClicks(panel.editor, "an answer")
    qtbot.mouseClick(window.practice.view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    for row in panel.point_checks:
        label = row.label
        assert label.wordWrap()
        assert label.width() <= panel.points_scroll.viewport().width()
        assert label.height() >= label.heightForWidth(label.width()), "text cut vertically"
