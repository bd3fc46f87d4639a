"""Mock interviews in the real window: a short session end to end, and a crash mid-session
(SIGKILL of a real app process) that loses no answer and resumes with the time that was left."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from interview_app.core.bank import load_bank, load_default_bank
from interview_app.core.mock.presets import Preset, Section
from interview_app.core.store import open_store
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow


class Clock:
    def __init__(self, start) -> None:
        self.now = start

    def __call__(self):
        return self.now


@pytest.fixture
def mock_window(qtbot, data_dir, now):
    def make(bank_loader=load_default_bank, clock=None) -> MainWindow:
        ctx = AppContext(
            data_dir, bank_loader, open_store, now=clock or Clock(now), rng=random.Random(3)
        )
        window = MainWindow(ctx, settings_for(data_dir))
        qtbot.addWidget(window)
        with qtbot.waitSignal(ctx.ready, timeout=10_000):
            ctx.start()
        window.show()
        window.show_page("Mock interview")
        qtbot.waitUntil(
            lambda: bool(window.mock.presets) and bool(window.mock.exercises), timeout=10_000
        )
        return window

    return make


def click_box_button(box, text: str) -> None:
    """Press the message box's button with this text (the box is open, not exec'd)."""
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def db_rows(data_dir: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data_dir / "progress.db") as conn:
        return conn.execute(sql).fetchall()


def test_short_session_end_to_end(
    qtbot, mock_window, make_bank, small_bank_text, data_dir, now
) -> None:
    from .conftest import MATH

    clock = Clock(now)
    window = mock_window(lambda: load_bank([make_bank(alpha=small_bank_text + MATH)]), clock)
    page = window.mock
    preset = Preset("short", "Short loop", "custom", "mid", "any", "d", True,
                    (Section("All", 10, 4, ("concept", "choice", "numeric", "math"), (), ()),))  # fmt: skip
    page.start(preset, blind=True)
    assert (
        page.currentWidget() is page.exam and page.exam.meta.text() == ""
    )  # blind: no topic shown
    kinds = [i.kind for i in page.session.items]
    answers = {
        "concept": "it fits noise",
        "choice": [0, 1],
        "numeric": "0.125",
        "math": "2x(wx - y)",
    }
    for n, kind in enumerate(kinds):
        page.go_to(n)
        page.editors[n].set_value(answers[kind])
        clock.now += timedelta(seconds=30)
    qtbot.waitUntil(lambda: page.mock_id is not None, timeout=5000)
    assert page.session.answered == 4 and page.exam.timer.text() == "10:00"
    page.toggle_pause()
    clock.now += timedelta(minutes=20)  # paused time does not count
    page.toggle_pause()
    page._tick()
    assert page.exam.timer.text() == "08:00"
    assert window.interview_label.text().startswith("Interview running: 8:00 left")
    coding_row = window.nav.item(window.PAGES.index("Coding"))
    assert not coding_row.flags() & Qt.ItemFlag.ItemIsEnabled, "feedback pages are locked"
    qtbot.mouseClick(page.exam.submit_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.exam, "time is left: it asks first"
    click_box_button(page._confirm_box, "Submit now")
    qtbot.waitUntil(lambda: page.review.finish.isEnabled(), timeout=20_000)
    assert coding_row.flags() & Qt.ItemFlag.ItemIsEnabled and not window.interview_label.text()
    (panel,) = page.review.scores.values()  # the concept answer is self-scored
    panel.point_rows[0].button.setChecked(True)
    page.finish_report()
    qtbot.waitUntil(lambda: page.review.currentIndex() == 1, timeout=5000)
    report = page.review.report.toPlainText()
    assert "Mock interview report: Short loop" in report and "Overall: 88%" in report
    qtbot.waitUntil(lambda: len(db_rows(data_dir, "SELECT * FROM attempts")) == 4, timeout=5000)
    outcomes = dict(db_rows(data_dir, "SELECT kind, outcome FROM attempts"))
    assert outcomes == {
        "concept": "partial",
        "choice": "correct",
        "numeric": "correct",
        "math": "correct",
    }
    ((overall, finished),) = db_rows(
        data_dir, "SELECT overall, finished_at IS NOT NULL FROM mock_sessions"
    )
    assert overall == pytest.approx(0.875) and finished == 1


def test_time_running_out_submits_what_was_given(
    qtbot, mock_window, make_bank, small_bank_text, now
) -> None:
    clock = Clock(now)
    window = mock_window(lambda: load_bank([make_bank(alpha=small_bank_text)]), clock)
    page = window.mock
    preset = Preset("tiny", "Tiny", "custom", "mid", "any", "d", False,
                    (Section("All", 1, 2, ("numeric", "choice"), (), ()),))  # fmt: skip
    page.start(preset, blind=False)
    assert not page.exam.pause_button.isVisible()
    page.go_to(0)
    page.editors[0].set_value("0.125" if page.session.items[0].kind == "numeric" else [0, 1])
    clock.now += timedelta(seconds=50)
    page._tick()
    assert page.exam.timer.property("level") == "red"
    clock.now += timedelta(seconds=11)
    page._tick()
    assert page.currentWidget() is page.review and page.session.finished == "time"
    assert page.session.answered == 1


@pytest.mark.parametrize("answers", [1, 3])
def test_crash_mid_interview_loses_nothing(qtbot, mock_window, data_dir, answers) -> None:
    driver = Path(__file__).with_name("mock_driver.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    child = subprocess.Popen([sys.executable, str(driver), str(data_dir), str(answers)],
                             stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        line = child.stdout.readline()
        assert line.startswith(f"answered {answers}"), line
        elapsed = float(line.split()[-1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    window = mock_window()
    page = window.mock
    qtbot.waitUntil(lambda: page.interrupted is not None, timeout=10_000)
    assert page._resume_box.isVisible() and "was interrupted" in page._resume_box.text()
    page._resume_box.finished.disconnect()
    page._resume_box.close()
    page.resume_interrupted()  # what the Resume button does
    assert page.currentWidget() is page.exam
    assert [i.answer for i in page.session.items][:answers] == [str(n + 1) for n in range(answers)]
    assert page.session.duration_s - page.session.elapsed_s == pytest.approx(600 - elapsed, abs=1.0)
    assert page.session.running


def test_interrupted_interview_can_be_ended_and_exported(
    qtbot, mock_window, data_dir, tmp_path, monkeypatch
) -> None:
    driver = Path(__file__).with_name("mock_driver.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    child = subprocess.Popen([sys.executable, str(driver), str(data_dir), "2"], stdout=subprocess.PIPE,
                             text=True, env=env)  # fmt: skip
    try:
        assert child.stdout.readline().startswith("answered 2")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    page = mock_window().mock
    qtbot.waitUntil(lambda: page.interrupted is not None, timeout=10_000)
    page._resume_box.finished.disconnect()
    page._resume_box.close()
    page.end_interrupted()
    qtbot.waitUntil(lambda: page.review.finish.isEnabled(), timeout=20_000)
    page.finish_report()
    qtbot.waitUntil(lambda: page.review.currentIndex() == 1, timeout=5000)
    qtbot.waitUntil(lambda: len(db_rows(data_dir, "SELECT * FROM attempts")) == 2, timeout=5000)
    assert sorted(r[0] for r in db_rows(data_dir, "SELECT answer FROM attempts")) == ['"1"', '"2"']
    target = tmp_path / "report.html"
    monkeypatch.setattr("interview_app.gui.mock.report_flow.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))  # fmt: skip
    page.export("html")
    page_text = target.read_text(encoding="utf-8")
    assert page_text.startswith("<!doctype html>")
    assert "Your answers and the explanations" in page_text and "Explanation:" in page_text
    assert str(target) in page.review.status.text(), "the save is confirmed"
    markdown = tmp_path / "report.md"
    monkeypatch.setattr("interview_app.gui.mock.report_flow.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(markdown), ""))  # fmt: skip
    page.export("md")
    text = markdown.read_text(encoding="utf-8")
    assert text.count("**Your answer:**") == 3 and text.count("**Explanation:**") == 3
    assert text.count("(blank)") == 1  # the third item was never answered


NUMERIC_LOOP = Preset("loop", "Numeric loop", "custom", "mid", "any", "d", False,
                      (Section("All", 30, 3, ("numeric",), (), ()),))  # fmt: skip


def test_early_submit_asks_and_counts_blanks(qtbot, mock_window) -> None:
    page = mock_window().mock
    page.start(NUMERIC_LOOP, blind=False)
    page.editors[0].set_value("1")
    qtbot.mouseClick(page.exam.submit_button, Qt.MouseButton.LeftButton)
    box = page._confirm_box
    assert "2 of 3 questions are still blank" in box.text() and "30:00 is left" in box.text()
    click_box_button(box, "Keep going")
    assert page.currentWidget() is page.exam and not page.session.finished
    qtbot.mouseClick(page.exam.submit_button, Qt.MouseButton.LeftButton)
    click_box_button(page._confirm_box, "Submit now")
    assert page.session.finished == "submitted"


def test_option_order_survives_resume(qtbot, mock_window, data_dir) -> None:
    window = mock_window()
    page = window.mock
    choice = Preset("choice", "Choice loop", "custom", "mid", "any", "d", False,
                    (Section("All", 30, 4, ("choice",), (), ()),))  # fmt: skip
    page.start(choice, blind=False)
    shown = {}
    for n, item in enumerate(page.session.items):
        page.go_to(n)
        shown[item.key] = list(page.editors[n].order)
    assert any(order != sorted(order) for order in shown.values()), "options are shuffled"
    page.editors[0].set_value([page.editors[0].order[0]])
    page.save()
    qtbot.waitUntil(lambda: page.mock_id is not None, timeout=5000)
    qtbot.wait(300)
    window.close()
    page = mock_window().mock
    qtbot.waitUntil(lambda: page.interrupted is not None, timeout=10_000)
    page._resume_box.finished.disconnect()
    page._resume_box.close()
    page.ctx.rng.seed(12345)  # a different draw would give another order without the saved one
    page.resume_interrupted()
    for n, item in enumerate(page.session.items):
        page.go_to(n)
        assert page.editors[n].order == shown[item.key], item.key


def test_item_list_shows_titles(qtbot, mock_window) -> None:
    page = mock_window().mock
    page.start(NUMERIC_LOOP, blind=False)
    texts = [page.exam.items.item(n).text() for n in range(page.exam.items.count())]
    titles = [page.ctx.bank.questions[i.key.partition(":")[2]].label for i in page.session.items]
    assert texts == [f"{n}. {t}" for n, t in enumerate(titles, 1)]
    assert page.exam.meta.text().split(" · ")[0] in {t.title for t in page.ctx.bank.topics.values()}


DESIGN = """
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

DESIGN_LOOP = Preset("design", "Design loop", "custom", "mid", "any", "d", False,
                     (Section("All", 30, 1, ("design",), (), ()),))  # fmt: skip


def test_design_self_score_needs_every_row_and_uses_the_rubric_rule(
    qtbot, mock_window, make_bank, small_bank_text, data_dir
) -> None:
    window = mock_window(lambda: load_bank([make_bank(alpha=small_bank_text + DESIGN)]))
    page = window.mock
    page.start(DESIGN_LOOP, blind=False)
    editor = page.editors[0]
    first = next(iter(editor.boxes))
    editor.set_value({first: "two towers, then a ranker"})
    qtbot.waitUntil(lambda: page.mock_id is not None, timeout=5000)
    qtbot.mouseClick(page.exam.submit_button, Qt.MouseButton.LeftButton)
    click_box_button(page._confirm_box, "Submit now")
    (panel,) = page.review.scores.values()
    assert panel.levels() == [-1, -1, -1], "no level is chosen for you"
    qtbot.waitUntil(lambda: page.review.graded, timeout=20_000)
    review = page.review
    assert not review.finish.isEnabled() and "3 left" in review.status.text()
    qtbot.mouseClick(panel.rubric_rows[0][2].label, Qt.MouseButton.LeftButton)  # the label works
    panel.rubric_rows[1][2].button.click()
    assert panel.levels() == [3, 3, -1]
    assert not review.finish.isEnabled() and "1 left" in review.status.text()
    page.finish_report()  # refused while a row is unset
    assert review.currentIndex() == 0
    panel.rubric_rows[2][2].button.click()
    assert review.finish.isEnabled() and "left" not in review.status.text()
    qtbot.mouseClick(review.finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.currentIndex() == 1, timeout=5000)
    qtbot.waitUntil(lambda: len(db_rows(data_dir, "SELECT * FROM attempts")) == 1, timeout=5000)
    ((outcome, score, details),) = db_rows(data_dir, "SELECT outcome, score, details FROM attempts")
    # 3, 3, 3 of 4 is two thirds: right by the rubric rule (the old score-only rule said partly)
    assert outcome == "correct" and score == pytest.approx(2 / 3)
    stored = json.loads(details)
    assert stored["rubric"] == [3, 3, 3] and stored["verdict"].startswith("Right: rubric 3.0/4")
    assert "67%" in review.report.toPlainText()


def test_an_interview_started_early_is_not_offered_as_interrupted(qtbot, mock_window) -> None:
    page = mock_window().mock
    page.start(NUMERIC_LOOP, blind=False)
    page.editors[0].set_value("1")
    qtbot.waitUntil(lambda: page.mock_id is not None, timeout=5000)
    found = []
    page.ctx.read(lambda store: store.unfinished_mock(), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found[0] is not None and found[0]["id"] == page.mock_id
    page._offer_resume(found[0])  # the start-up look-up answering after Start was pressed
    assert page.interrupted is None and page.currentWidget() is page.exam
    assert not hasattr(page, "_resume_box"), "no offer to resume the interview under way"
