"""The first start's welcome: a panel (never a modal dialog), shown once, with three first steps."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interview_app.core.bank import load_bank
from interview_app.core.practice import warm_up
from interview_app.core.store import open_store
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow


@pytest.fixture
def bank_dir(make_bank, small_bank_text):
    return make_bank(alpha=small_bank_text)


@pytest.fixture
def make_window(qtbot, data_dir, bank_dir):
    def make(welcome: bool) -> MainWindow:
        ctx = AppContext(data_dir, lambda: load_bank([bank_dir]), open_store, rng=random.Random(0))
        window = MainWindow(ctx, settings_for(data_dir), welcome=welcome)
        qtbot.addWidget(window)
        with qtbot.waitSignal(ctx.ready, timeout=10_000):
            ctx.start()
        window.show()
        qtbot.waitUntil(lambda: window.practice.setup.topics.count() > 0, timeout=10_000)
        return window

    return make


def test_welcome_is_a_panel_shown_once(make_window) -> None:
    window = make_window(welcome=True)
    assert window.welcome is not None and window.welcome.isVisible()
    assert QApplication.activeModalWidget() is None
    text = window.welcome.pages.text()
    for page in window.PAGES:
        assert f"<b>{page}</b>" in text
    window.welcome.dismiss.click()
    assert not window.welcome.isVisible()
    window.close()
    assert make_window(welcome=True).welcome is None  # remembered in the settings


def test_windows_made_without_asking_show_no_welcome(make_window) -> None:
    assert make_window(welcome=False).welcome is None


def test_warm_up_starts_a_short_practice_session(qtbot, make_window) -> None:
    window = make_window(welcome=True)
    qtbot.mouseClick(window.welcome.warm_up, Qt.MouseButton.LeftButton)
    page = window.practice
    qtbot.waitUntil(lambda: page.currentWidget() is page.view, timeout=5000)
    assert not window.welcome.isVisible() and page._session_mode == "warm-up"


def test_the_other_first_steps_open_their_pages(make_window) -> None:
    window = make_window(welcome=True)
    window.welcome.mock.click()
    assert window.nav.currentRow() == window.PAGES.index("Mock interview")
    window.first_step("topics")
    assert window.nav.currentRow() == window.PAGES.index("Practice")


def test_warm_up_mixes_quick_kinds_within_ten_minutes() -> None:
    from interview_app.core.bank import load_default_bank

    bank = load_default_bank([])
    chosen = warm_up(list(bank.questions.values()), random.Random(1))
    assert {q.kind.value for q in chosen} <= {"choice", "numeric", "concept"}
    assert len({q.topic for q in chosen}) == len(chosen)  # one per topic while topics last
    total = sum(q.target_seconds for q in chosen)
    assert 600 <= total < 600 + 300 and len(chosen) >= 3
