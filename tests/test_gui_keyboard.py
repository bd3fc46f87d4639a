"""Keyboard use: Tab leaves answer boxes, number and letter keys pick options, shortcuts shown."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from interview_app.core.bank import load_bank
from interview_app.core.store import open_store
from interview_app.core.vocab import Kind
from interview_app.gui.app import settings_for
from interview_app.gui.code_editor import CodeEditor
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow
from interview_app.gui.mock.editors import ChoiceEditor, DesignEditor
from tests.test_gui import start_with_kind

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bank_dir(make_bank, small_bank_text):
    return make_bank(alpha=small_bank_text)


def open_window(qtbot, data_dir, bank_dir) -> MainWindow:
    ctx = AppContext(data_dir, lambda: load_bank([bank_dir]), open_store, rng=random.Random(0))
    window = MainWindow(ctx, settings_for(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.ready, timeout=10_000):
        ctx.start()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.practice.setup.topics.count() > 0, timeout=10_000)
    return window


def test_tab_moves_between_design_boxes_and_ctrl_tab_types_one(qtbot) -> None:
    editor = DesignEditor(("Requirements", "Data", "Model"))
    qtbot.addWidget(editor)
    editor.show()
    first, second, _third = editor.boxes.values()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "clicks")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus() and first.toPlainText() == "clicks"
    qtbot.keyClick(second, Qt.Key.Key_Tab, CTRL)
    assert second.hasFocus() and second.toPlainText() == "\t"


def test_code_editor_still_indents_with_tab(qtbot) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.hasFocus() and editor.toPlainText().strip(" \t") == ""
    assert editor.toPlainText() != ""


def test_number_and_letter_keys_pick_options_in_practice(qtbot, data_dir, bank_dir) -> None:
    window = open_window(qtbot, data_dir, bank_dir)
    start_with_kind(qtbot, window, Kind.CHOICE)
    panel = window.practice.view.panels[Kind.CHOICE]
    assert "Keys 1-3 or A-C" in panel.instruction.text()
    window.practice.view.next_button.setFocus()  # focus on a button, not a text box
    qtbot.keyClick(window.practice.view.next_button, Qt.Key.Key_2)
    chosen = [n for n, row in enumerate(panel.rows) if row.button.isChecked()]
    assert chosen == [1]
    qtbot.keyClick(window.practice.view.next_button, Qt.Key.Key_C)
    chosen = [n for n, row in enumerate(panel.rows) if row.button.isChecked()]
    assert chosen == ([1, 2] if panel._question.multiple else [2])


def test_option_keys_are_typed_text_inside_a_text_box(qtbot, data_dir, bank_dir) -> None:
    window = open_window(qtbot, data_dir, bank_dir)
    start_with_kind(qtbot, window, Kind.NUMERIC)
    box = window.practice.view.panels[Kind.NUMERIC].input
    box.setFocus()
    qtbot.keyClicks(box, "1a")
    assert box.text() == "1a"


def test_option_keys_in_the_mock_interview(qtbot) -> None:
    editor = ChoiceEditor(("red", "green", "blue", "grey"), [2, 0, 3, 1], multiple=False)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.rows[0].button.setFocus()
    qtbot.keyClick(editor.rows[0].button, Qt.Key.Key_4)
    assert editor.value() == [1]  # the fourth shown option is options[1]
    qtbot.keyClick(editor.rows[0].button, Qt.Key.Key_A)
    assert editor.value() == [2]


def test_mock_setup_start_shortcut_is_real(qtbot, data_dir) -> None:
    from interview_app.core.bank import load_default_bank

    ctx = AppContext(data_dir, load_default_bank, open_store, rng=random.Random(0))
    window = MainWindow(ctx, settings_for(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.ready, timeout=10_000):
        ctx.start()
    window.show()
    window.activateWindow()
    window.show_page("Mock interview")
    page = window.mock
    qtbot.waitUntil(lambda: bool(page.presets) and bool(page.exercises), timeout=10_000)
    qtbot.waitUntil(page.setup.start.isEnabled, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.currentWidget() is page.exam, timeout=5000)
    page.session = None  # nothing to save at teardown


def test_every_shortcut_button_names_its_keys(qtbot, data_dir, bank_dir) -> None:
    window = open_window(qtbot, data_dir, bank_dir)
    start_with_kind(qtbot, window, Kind.CONCEPT)
    window.show_page("Coding")
    window.coding  # noqa: B018 - builds the page
    window.show_page("Mock interview")
    window.mock  # noqa: B018
    QApplication.processEvents()
    buttons = window.findChildren(QPushButton)
    with_keys = [b for b in buttons if "(Ctrl+" in b.text() or "(Alt+" in b.text()]
    assert len(with_keys) >= 10
    for button in with_keys:
        keys = button.text().rsplit("(", 1)[1].rstrip(")")
        assert keys in button.toolTip(), button.text()
