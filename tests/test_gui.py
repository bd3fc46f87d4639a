"""The real window, driven with qtbot: answer each kind, see it stored, restart, see it again."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from interview_app.core.bank import load_bank
from interview_app.core.store import open_store
from interview_app.core.vocab import Kind, Rating
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow


@pytest.fixture
def bank_dir(make_bank, small_bank_text) -> Path:
    return make_bank(alpha=small_bank_text)


@pytest.fixture
def open_window(qtbot, data_dir):
    def make(bank_dirs: list[Path]) -> MainWindow:
        ctx = AppContext(data_dir, lambda: load_bank(bank_dirs), open_store, rng=random.Random(0))
        window = MainWindow(ctx, settings_for(data_dir))
        qtbot.addWidget(window)
        with qtbot.waitSignal(ctx.ready, timeout=10_000):
            ctx.start()
        window.show()
        qtbot.waitUntil(lambda: window.practice.setup.topics.count() > 0, timeout=10_000)
        return window

    return make


def rows(data_dir: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(data_dir / "progress.db")
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM attempts ORDER BY id").fetchall()
    finally:
        conn.close()


def start_with_kind(qtbot, window: MainWindow, kind: Kind) -> None:
    setup = window.practice.setup
    for k, box in setup.kind_boxes.items():
        box.setChecked(k is kind)
    assert setup.matches.text() == "1 question match."
    qtbot.mouseClick(setup.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.practice.currentWidget() is window.practice.view)


def wait_saved(qtbot, window: MainWindow, text: str = "Answer saved.") -> None:
    qtbot.waitUntil(lambda: window.practice.view.saved.text() == text, timeout=5000)


def test_choice_answer_is_graded_and_stored(qtbot, open_window, bank_dir, data_dir) -> None:
    window = open_window([bank_dir])
    start_with_kind(qtbot, window, Kind.CHOICE)
    panel = window.practice.view.panels[Kind.CHOICE]
    assert panel.instruction.text() == "Select all that apply. Keys 1-3 or A-C pick an option."
    qtbot.mouseClick(window.practice.view.submit_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == "Choose an option first."  # nothing recorded for no answer
    panel.select([0])
    qtbot.mouseClick(window.practice.view.submit_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    assert panel.banner.property("verdict") == "partial"
    assert panel.explanation.isVisible() and "penalise" in panel.explanation.toPlainText()
    (row,) = rows(data_dir)
    assert (row["question_id"], row["outcome"], row["score"], row["answer"]) == (
        "a-choice",
        "partial",
        0.5,
        "[0]",
    )
    assert row["session_id"] == 1 and row["time_spent_ms"] >= 0


def test_numeric_answer_is_graded_and_stored(qtbot, open_window, bank_dir, data_dir) -> None:
    window = open_window([bank_dir])
    start_with_kind(qtbot, window, Kind.NUMERIC)
    panel = window.practice.view.panels[Kind.NUMERIC]
    qtbot.keyClicks(panel.input, "one eighth")
    assert "Could not read" in panel.error.text()
    panel.input.clear()
    qtbot.keyClicks(panel.input, "1/8")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert panel.banner.property("verdict") == "correct"
    assert panel.banner.text() == "Correct: 0.125 is within 0.125 ± 0.001."
    (row,) = rows(data_dir)
    assert (row["question_id"], row["outcome"], row["answer"]) == ("a-numeric", "correct", '"1/8"')


def test_concept_reveal_tick_and_rate(qtbot, open_window, bank_dir, data_dir) -> None:
    window = open_window([bank_dir])
    start_with_kind(qtbot, window, Kind.CONCEPT)
    panel = window.practice.view.panels[Kind.CONCEPT]
    qtbot.keyClicks(panel.editor, "It memorises noise, so generalization suffers.")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, window)
    assert panel.model.isVisible() and "fits noise" in panel.model.toPlainText()
    assert "Key terms you used: noise, generalisation" in panel.terms.text()
    (row,) = rows(data_dir)
    assert (
        row["outcome"] == "unrated"
        and row["answer"] == '"It memorises noise, so generalization suffers."'
    )
    panel.point_checks[1].button.setChecked(True)
    qtbot.mouseClick(panel.rating_buttons[Rating.GOOD], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows(data_dir)[0]["rating"] == 3, timeout=5000)
    (row,) = rows(data_dir)
    assert (row["outcome"], row["score"]) == ("correct", 0.5)
    assert '"key_points_covered": [1]' in row["details"]


def test_math_answer_preview_check_and_store(
    qtbot, open_window, make_bank, small_bank_text, data_dir
) -> None:
    from .conftest import MATH

    window = open_window([make_bank(alpha=small_bank_text + MATH)])
    start_with_kind(qtbot, window, Kind.MATH)
    panel = window.practice.view.panels[Kind.MATH]
    qtbot.keyClicks(panel.input, "2 sigm(x)")
    qtbot.waitUntil(lambda: "unknown name `sigm`" in panel.error.text(), timeout=10_000)
    panel.input.clear()
    qtbot.keyClicks(panel.input, "2(wx - y)")
    qtbot.waitUntil(
        lambda: "w⋅x" in panel.rendered.text() or "x⋅w" in panel.rendered.text(), timeout=10_000
    )
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert panel.banner.property("verdict") == "incorrect"
    assert "dropped the chain-rule factor x" in panel.banner.text()
    (row,) = rows(data_dir)
    assert (row["question_id"], row["kind"], row["outcome"]) == ("a-math", "math", "incorrect")


def test_every_kind_has_a_practice_panel(qtbot, open_window, bank_dir) -> None:
    window = open_window([bank_dir])
    assert set(window.practice.view.panels) == set(Kind)


def test_design_practice_with_rubric(
    qtbot, open_window, make_bank, small_bank_text, data_dir
) -> None:
    design = """
[[questions]]
id = "a-design"
kind = "design"
difficulty = "hard"
tags = []
prompt = "Design a feed ranker."
answer = "Two stages: retrieval, then ranking."
rubric = [
  { signal = "Framing", levels = ["none", "some", "good", "great"] },
  { signal = "Data", levels = ["none", "some", "good", "great"] },
  { signal = "Serving", levels = ["none", "some", "good", "great"] },
]
"""
    window = open_window([make_bank(alpha=small_bank_text + design)])
    start_with_kind(qtbot, window, Kind.DESIGN)
    panel = window.practice.view.panels[Kind.DESIGN]
    panel.editor.set_value({"Model": "two towers"})
    qtbot.mouseClick(window.practice.view.submit_button, Qt.MouseButton.LeftButton)
    views = panel.scoring.findChildren(type(window.practice.view.prompt))
    assert any("retrieval, then ranking" in v.toPlainText() for v in views), (
        "model answer beside yours"
    )
    assert any("two towers" in v.toPlainText() for v in views)
    for group in panel.scoring.groups:
        group.button(4).setChecked(True)
    qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    (row,) = rows(data_dir)
    assert (row["kind"], row["outcome"], row["score"]) == ("design", "correct", 1.0)


def test_attempts_survive_a_restart_and_show_in_history(
    qtbot, open_window, bank_dir, data_dir
) -> None:
    window = open_window([bank_dir])
    start_with_kind(qtbot, window, Kind.NUMERIC)
    panel = window.practice.view.panels[Kind.NUMERIC]
    qtbot.keyClicks(panel.input, "0.2")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    window.close()

    again = open_window([bank_dir])
    assert "1 answered" in again.practice.setup.topics.item(0).text()
    again.show_page("History")
    qtbot.waitUntil(lambda: again.history.table.rowCount() == 1, timeout=5000)
    assert again.history.table.item(0, 4).text() == "Not right"
    assert again.history.summary.text().startswith("1 attempt in 1 session")
    conn = sqlite3.connect(data_dir / "progress.db")
    assert conn.execute("SELECT ended_at IS NOT NULL FROM sessions").fetchone()[0] == 1
    conn.close()
    again.history.table.selectRow(0)
    assert "What is 1/8?" in again.history.detail.toPlainText()


def test_keyboard_flow_and_deck_cycles(qtbot, open_window, bank_dir, data_dir) -> None:
    window = open_window([bank_dir])
    page = window.practice
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.currentWidget() is page.view)
    seen = []
    for _ in range(4):
        seen.append(page._question.id)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert sorted(seen[:3]) == ["a-choice", "a-concept", "a-numeric"] and page._deck.round == 2
    qtbot.mouseClick(page.view.end_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.setup and "0 answered" in page.setup.summary.text()
    assert rows(data_dir) == []  # skipping records nothing, not even an empty session
    conn = sqlite3.connect(data_dir / "progress.db")
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    conn.close()


def test_corrupt_database_notice(qtbot, open_window, bank_dir, data_dir) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "progress.db").write_bytes(b"garbage" * 100)
    window = open_window([bank_dir])
    (notice,) = [n for n in window.notices if n.isVisible()]
    assert "could not be read" in notice.text.text()
    assert list(data_dir.glob("progress.corrupt-*.db"))


def test_bank_problems_notice_lists_skipped_questions(
    qtbot, open_window, bank_dir, make_bank
) -> None:
    bad = make_bank(
        with_topics=False, bad='topic = "alpha"\n[[questions]]\nid = "x"\nkind = "essay"\n'
    )
    window = open_window([bank_dir, bad])
    (notice,) = window.notices
    assert notice.text.text() == (
        "Some question files have problems: 1 question skipped, 3 questions loaded."
    )
    assert "unknown kind 'essay'" in notice._details


def test_geometry_is_remembered(qtbot, open_window, bank_dir, data_dir) -> None:
    window = open_window([bank_dir])
    window.resize(770, 540)
    window.close()
    again = open_window([bank_dir])
    assert (again.width(), again.height()) == (770, 540)
    assert (data_dir / "settings.ini").is_file()


def test_the_real_entry_point_opens_the_window(data_dir, tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "INTERVIEW_APP_EXIT_AFTER_SHOW": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "interview_app"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["shown", "ready"]
    assert (data_dir / "progress.db").is_file() and (data_dir / "settings.ini").is_file()


def test_markdown_code_renders_monospace(qtbot) -> None:
    from interview_app.gui.widgets import MarkdownView

    view = MarkdownView()
    qtbot.addWidget(view)
    view.set_markdown("Use `np.mean`:\n\n```python\ncentroids = X[labels == k].mean(axis=0)\n```\n")
    fragments = {}
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fragments[fragment.text()] = fragment.charFormat()
            it += 1
        block = block.next()
    code = fragments["centroids = X[labels == k].mean(axis=0)"]
    assert "monospace" in (code.fontFamilies() or []) or code.fontFixedPitch()
    assert fragments["np.mean"].fontFixedPitch()
