"""The window comes back where it was, and on a visible screen when that place is gone."""

from __future__ import annotations

import random

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from interview_app.core.bank import load_bank
from interview_app.core.store import open_store
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow, on_screen

SCREEN = QRect(0, 0, 1920, 1080)
RIGHT = QRect(1920, 0, 1280, 1024)


def test_a_window_on_screen_stays_put() -> None:
    frame = QRect(100, 80, 1100, 760)
    assert on_screen(frame, [SCREEN]) == frame
    assert on_screen(QRect(2000, 50, 1000, 700), [SCREEN, RIGHT]) == QRect(2000, 50, 1000, 700)


def test_a_window_on_an_unplugged_screen_moves_to_one_that_is_there() -> None:
    placed = on_screen(QRect(2500, 300, 1100, 760), [SCREEN])
    assert SCREEN.contains(placed) and placed.size() == QRect(0, 0, 1100, 760).size()


def test_a_window_bigger_than_the_screen_shrinks_and_its_title_bar_shows() -> None:
    small = QRect(0, 0, 1280, 720)
    placed = on_screen(QRect(-50, -200, 1600, 1000), [small])
    assert small.contains(placed) and placed.width() == 1280 and placed.height() == 720


def test_a_saved_place_off_every_screen_opens_on_a_screen(qtbot, data_dir, make_bank) -> None:
    bank = make_bank()

    def window() -> MainWindow:
        ctx = AppContext(data_dir, lambda: load_bank([bank]), open_store, rng=random.Random(0))
        made = MainWindow(ctx, settings_for(data_dir))
        qtbot.addWidget(made)
        return made

    first = window()
    first.resize(700, 500)
    first.move(40_000, 30_000)
    first.show()
    first.close()
    again = window()
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    assert any(s.intersects(again.frameGeometry()) for s in screens)
