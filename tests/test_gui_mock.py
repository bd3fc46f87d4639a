"""Mock interviews in the real window: a short session end to end, and a crash mid-session
(SIGKILL of a real app process) that loses no answer and resumes with the time that was left."""

from __future__ import annotations

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
    qtbot.mouseClick(page.exam.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.review.finish.isEnabled(), timeout=20_000)
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
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
