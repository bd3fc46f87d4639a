"""The coding page's results: a Picture tab beside Tests for results that have one, and the
speed note under an accepted Submit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt

from interview_app.core.bank import load_default_bank
from interview_app.core.store import open_store
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow

FIXTURES = Path(__file__).parent / "performance_fixtures"
EXERCISES = Path(__file__).resolve().parent.parent / "exercises"


@pytest.fixture
def window(qtbot, data_dir) -> MainWindow:
    ctx = AppContext(data_dir, load_default_bank, open_store, rng=random.Random(0))
    window = MainWindow(ctx, settings_for(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.ready, timeout=10_000):
        ctx.start()
    window.resize(1200, 800)
    window.show()
    window.show_page("Coding")
    qtbot.waitUntil(lambda: window.coding.judge is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.coding.picker.list.count() > 20, timeout=5000)
    return window


def submit(qtbot, window: MainWindow, exercise_id: str, source: str, run_only: bool = False):
    page = window.coding
    page.picker.select(exercise_id)
    qtbot.waitUntil(lambda: page.exercise is not None and page.exercise.id == exercise_id)
    qtbot.waitUntil(lambda: not page.editor.isReadOnly(), timeout=5000)
    page.editor.setPlainText(source)
    button = page.run_button if run_only else page.submit_button
    with qtbot.waitSignal(page.graded, timeout=60_000) as graded:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return graded.args[0]


@pytest.mark.parametrize(
    ("exercise_id", "solution"),
    [("linear-regression-gd", "reference.py"), ("logistic-regression", "wrong/wrong_sign.py"),
     ("pca", "reference.py")],
)  # fmt: skip
def test_run_shows_a_picture_tab(qtbot, window, exercise_id, solution) -> None:
    results = window.coding.results
    result = submit(qtbot, window, exercise_id, (EXERCISES / exercise_id / solution).read_text(),
                    run_only=True)  # fmt: skip
    assert result.picture is not None
    assert results.tabs.count() == 2 and results.tabs.tabText(1) == "Picture"
    assert results.tabs.tabBar().isVisible()
    results.tabs.setCurrentIndex(1)
    views = results.picture_view.findChildren(QChartView)
    assert len(views) == 2 and all(v.isVisible() and v.height() > 100 for v in views)
    assert "Test pictured:" in results.picture_view.caption.text()


def test_slow_kmeans_is_accepted_with_its_speed_and_a_picture(qtbot, window) -> None:
    results = window.coding.results
    source = (FIXTURES / "kmeans_loop_per_point.py").read_text()
    result = submit(qtbot, window, "kmeans", source)
    assert result.accepted and result.performance is not None
    assert results.detail.isVisible()
    text = results.detail.text()
    assert text.startswith("Speed: correct; ") and "slower than a vectorised solution" in text
    assert "line 13" in text
    assert results.tabs.count() == 2
    series = result.picture["charts"][0]["series"]
    assert any(s["role"] == "highlight" for s in series)


def test_no_picture_tab_for_other_exercises(qtbot, window) -> None:
    results = window.coding.results
    submit(qtbot, window, "kmeans", (EXERCISES / "kmeans" / "reference.py").read_text(),
           run_only=True)  # fmt: skip
    assert results.tabs.count() == 2
    submit(qtbot, window, "two-sum", (EXERCISES / "two-sum" / "reference.py").read_text(),
           run_only=True)  # fmt: skip
    assert results.tabs.count() == 1 and not results.tabs.tabBar().isVisible()


def test_run_shows_heat_maps_for_attention(qtbot, window) -> None:
    from interview_app.gui.result_picture import HeatMapView

    results = window.coding.results
    path = EXERCISES / "multi-head-attention" / "wrong" / "mask_after_softmax.py"
    result = submit(qtbot, window, "multi-head-attention", path.read_text(), run_only=True)
    assert result.picture is not None and results.tabs.tabText(1) == "Picture"
    results.tabs.setCurrentIndex(1)
    views = results.picture_view.findChildren(HeatMapView)
    assert len(views) == 2 and all(v.isVisible() and v.height() > 100 for v in views)
    image = views[0].grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, "cells are painted in many colours"
