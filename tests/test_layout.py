"""Layout of every page in the real window at a small and a large size: no two visible sibling
widgets overlap, and no single-line label is cut short by a layout too narrow for it."""

from __future__ import annotations

import random
from datetime import timedelta
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

from interview_app.core.bank import load_bank
from interview_app.core.records import AttemptRecord
from interview_app.core.store import open_store
from interview_app.core.vocab import Kind, Outcome
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow
from tests.test_gui import start_with_kind, wait_saved
from tests.test_gui_design_scoring import DESIGN
from tests.test_gui_mock import DESIGN_LOOP

SIZES = ((1000, 700), (1400, 900))


def _children(widget: QWidget) -> list[QWidget]:
    """The visible child widgets laid out inside `widget` (not windows of their own)."""
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return [inner] if inner is not None and inner.isVisible() else []
    if isinstance(widget, QAbstractScrollArea):
        return []  # a view's own viewport and scroll bars are Qt's business, not ours
    return [
        c
        for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if c.isVisible() and not c.isWindow()
    ]


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel) else widget.objectName()
    return f"{type(widget).__name__}({text[:40]!r})"


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible siblings whose rectangles intersect, anywhere below `root`."""
    found, todo = [], [root]
    while todo:
        parent = todo.pop()
        kids = _children(parent)
        todo.extend(kids)
        for a, b in combinations(kids, 2):
            shared = a.geometry().intersected(b.geometry())
            if not shared.isEmpty():
                found.append(f"{_name(a)} overlaps {_name(b)} in {_name(parent)}: {shared}")
    return found


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    doc = QTextDocument()
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        doc.setMarkdown(text)
    else:
        doc.setHtml(text) if GuiQt.mightBeRichText(text) else doc.setPlainText(text)
    return doc.toPlainText()


def cut_labels(root: QWidget) -> list[str]:
    """Visible single-line labels whose text is wider than the room they were given."""
    found, todo = [], [root]
    while todo:
        widget = todo.pop()
        todo.extend(_children(widget))
        if not isinstance(widget, QLabel) or widget.wordWrap() or not widget.text().strip():
            continue
        lines = _plain(widget).splitlines() or [""]
        need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
        room = widget.contentsRect().width()
        if need > room:
            found.append(f"{_name(widget)} needs {need}px, has {room}px")
    return found


def _seed(data_dir: Path, now) -> None:
    """A few past answers, so review, progress and history show rows rather than empty states."""
    store = open_store(data_dir, now).store
    answers = [("a-concept", "concept", Outcome.PARTIAL), ("a-choice", "choice", Outcome.CORRECT),
               ("a-numeric", "numeric", Outcome.INCORRECT), ("a-design", "design", Outcome.CORRECT)]  # fmt: skip
    for day, (qid, kind, outcome) in enumerate(answers * 2):
        when = now - timedelta(days=9 - day)
        store.record_attempt(
            AttemptRecord(qid, "alpha", kind, when, "an answer", outcome, 40_000, score=0.5)
        )
    store.close()


def _practice_concept(qtbot, window: MainWindow) -> None:
    start_with_kind(qtbot, window, Kind.CONCEPT)
    panel = window.practice.view.panels[Kind.CONCEPT]
    qtbot.keyClicks(panel.editor, "It memorises noise, so it generalises poorly.")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, window)
    assert panel.model.isVisible()


def _practice_design(qtbot, window: MainWindow) -> None:
    start_with_kind(qtbot, window, Kind.DESIGN)
    panel = window.practice.view.panels[Kind.DESIGN]
    panel.editor.set_value({"Model": "two towers, then a ranker"})
    qtbot.mouseClick(window.practice.view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.scoring.isVisible(), timeout=5000)


def _coding(qtbot, window: MainWindow) -> None:
    window.show_page("Coding")
    qtbot.waitUntil(lambda: window.coding.judge is not None, timeout=20_000)
    window.coding.picker.select("two-sum")
    qtbot.waitUntil(lambda: not window.coding.editor.isReadOnly(), timeout=5000)


def _mock_setup(qtbot, window: MainWindow) -> None:
    window.show_page("Mock interview")
    mock = window.mock
    qtbot.waitUntil(lambda: bool(mock.presets) and bool(mock.exercises), timeout=10_000)


def _mock_self_score(qtbot, window: MainWindow) -> None:
    _mock_setup(qtbot, window)
    page = window.mock
    page.start(DESIGN_LOOP, blind=False)
    editor = page.editors[0]
    editor.set_value({next(iter(editor.boxes)): "two towers, then a ranker"})
    page.end()
    qtbot.waitUntil(lambda: page.review.graded, timeout=20_000)
    (panel,) = page.review.scores.values()
    panel.rubric_rows[0][1].button.click()  # one row scored, two left


def _loaded_page(name: str, attribute: str):
    """Open a lazily built page and wait until it has drawn what it loaded."""

    def visit(qtbot, window: MainWindow) -> None:
        page = getattr(window, attribute)  # built now; its load is queued for a later turn
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            window.show_page(name)

    return visit


def _history(qtbot, window: MainWindow) -> None:
    window.show_page("History")
    qtbot.waitUntil(lambda: window.history.table.rowCount() == 8, timeout=5000)


PAGES = {
    "practice-concept-revealed": _practice_concept,
    "practice-design-compared": _practice_design,
    "coding": _coding,
    "mock-setup": _mock_setup,
    "mock-self-score": _mock_self_score,
    "review": _loaded_page("Review", "review"),
    "progress": _loaded_page("Progress", "dashboard"),
    "history": _history,
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("page", list(PAGES))
def test_page_layout(qtbot, data_dir, now, make_bank, small_bank_text, page, size) -> None:
    _seed(data_dir, now)
    bank = make_bank(alpha=small_bank_text + DESIGN)
    ctx = AppContext(data_dir, lambda: load_bank([bank]), open_store, rng=random.Random(0))
    window = MainWindow(ctx, settings_for(data_dir))
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.ready, timeout=10_000):
        ctx.start()
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.practice.setup.topics.count() > 0, timeout=10_000)
    PAGES[page](qtbot, window)
    qtbot.wait(150)  # queued loads land and layouts settle
    QApplication.processEvents()
    assert window.size().toTuple() == size
    problems = overlaps(window) + cut_labels(window)
    assert not problems, f"{page} at {size[0]}x{size[1]}:\n" + "\n".join(problems)


def test_the_checks_see_an_overlap_and_a_cut_label(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 100)
    first, second = QLabel("first", root), QLabel("a label far too long for its box", root)
    first.setGeometry(0, 0, 120, 30)
    second.setGeometry(100, 0, 60, 30)  # overlaps `first` and is narrower than its text
    wrapped = QLabel("a wrapped label may be as long as it likes", root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 60, 60)
    root.show()
    assert len(overlaps(root)) == 1 and "first" in overlaps(root)[0]
    (cut,) = cut_labels(root)
    assert "far too long" in cut
    second.move(130, 0)
    second.setText("fits")
    assert overlaps(root) == [] and cut_labels(root) == []
