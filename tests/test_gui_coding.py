"""The coding page driven with qtbot: a draft survives a restart, Run is not recorded, Submit is."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from interview_app.core.bank import load_default_bank
from interview_app.core.store import open_store
from interview_app.gui.app import settings_for
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow

SOLUTION = (
    "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
    "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n"
)


@pytest.fixture
def coding(qtbot, data_dir):
    def make() -> MainWindow:
        ctx = AppContext(data_dir, load_default_bank, open_store, rng=random.Random(0))
        window = MainWindow(ctx, settings_for(data_dir))
        qtbot.addWidget(window)
        with qtbot.waitSignal(ctx.ready, timeout=10_000):
            ctx.start()
        window.show()
        window.show_page("Coding")
        qtbot.waitUntil(lambda: window.coding.judge is not None, timeout=20_000)
        qtbot.waitUntil(lambda: window.coding.picker.list.count() > 20, timeout=5000)
        return window

    return make


def open_two_sum(qtbot, window: MainWindow) -> None:
    window.coding.picker.select("two-sum")
    qtbot.waitUntil(lambda: not window.coding.editor.isReadOnly(), timeout=5000)


def attempts(data_dir: Path) -> list[tuple]:
    with sqlite3.connect(data_dir / "progress.db") as conn:
        return conn.execute("SELECT question_id, kind, outcome, score FROM attempts").fetchall()


def test_run_submit_and_draft(qtbot, coding, data_dir) -> None:
    window = coding()
    page = window.coding
    open_two_sum(qtbot, window)
    assert page.editor.toPlainText() == page.exercise.starter
    page.editor.setPlainText("def two_sum(nums, target):\n    return [0, 1]\n")
    with qtbot.waitSignal(page.graded, timeout=20_000) as run:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert all(t.visible for t in run.args[0].tests)
    assert attempts(data_dir) == [], "Run is not a submission"

    page.editor.setPlainText(SOLUTION)
    with qtbot.waitSignal(page.graded, timeout=20_000) as submitted:
        qtbot.keyClick(page.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert submitted.args[0].verdict.value == "accepted"
    assert page.results.tree.topLevelItemCount() == submitted.args[0].total
    assert "Accepted" in page.results.banner.text()
    qtbot.waitUntil(lambda: len(attempts(data_dir)) == 1, timeout=5000)
    assert attempts(data_dir) == [("two-sum", "code", "correct", 1.0)]
    scroll = page.picker.list.verticalScrollBar().value()
    qtbot.waitUntil(lambda: "two-sum" in page.picker.solved, timeout=5000)
    assert page.picker.list.verticalScrollBar().value() == scroll, "the list stays where it was"
    assert page.results.message.toPlainText(), "the first test's full message is shown"
    window.close()

    again = coding()
    open_two_sum(qtbot, again)
    assert again.coding.editor.toPlainText() == SOLUTION, "the draft is restored"
    assert "Draft restored" in again.coding.status.text()


def test_second_submit_while_grading_is_refused(qtbot, coding, data_dir) -> None:
    window = coding()
    page = window.coding
    open_two_sum(qtbot, window)
    page.editor.setPlainText(
        "import time\ndef two_sum(nums, target):\n    time.sleep(0.5)\n    return [0, 1]\n"
    )
    with qtbot.waitSignal(page.graded, timeout=30_000):
        page.grade(run_only=True)
        assert not page.submit_button.isEnabled()
        page.grade(run_only=False)
        assert "Still grading" in page.status.text()
    assert attempts(data_dir) == []


def test_editor_indents_and_tabs(qtbot) -> None:
    from interview_app.gui.code_editor import CodeEditor

    editor = CodeEditor()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor, "def f(x):")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "if x:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "return 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "y = 2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "def f(x):\n    if x:\n        return 1\n    y = 2\n        "
    assert editor.font().fixedPitch() or "mono" in editor.font().family().lower()


def test_hint_hidden_until_asked_and_last_exercise_reopened(qtbot, coding) -> None:
    window = coding()
    page = window.coding
    open_two_sum(qtbot, window)
    hint = page.exercise.hint
    assert hint and hint not in page.prompt.toPlainText(), "the prompt does not spoil the hint"
    assert not page.hint.isVisible()
    qtbot.mouseClick(page.hint_button, Qt.MouseButton.LeftButton)
    assert page.hint.isVisible() and hint in page.hint.text()
    window.close()

    again = coding()
    qtbot.waitUntil(lambda: again.coding.exercise is not None, timeout=5000)
    assert again.coding.exercise.id == "two-sum", "the last exercise opens on start"
    assert again.coding.picker.current_id() == "two-sum"


def test_list_sorts_ignoring_case_and_collapses(qtbot, coding) -> None:
    window = coding()
    page = window.coding
    titles = page.picker.titles()
    algorithms = [t for t in titles if t in {e.title for e in page.exercises.values()
                                             if e.topic == "algorithms"}]  # fmt: skip
    assert algorithms == sorted(algorithms, key=str.casefold)
    rest = titles[len(algorithms) :]
    assert rest == sorted(rest, key=str.casefold)
    page.list_button.setChecked(False)
    assert page.work.sizes()[0] == 0
    page.list_button.setChecked(True)
    assert page.work.sizes()[0] > 0


def test_results_show_full_messages_once() -> None:
    from types import SimpleNamespace

    from interview_app.gui.results_view import detail_text, summary_line

    trace = 'Traceback (most recent call last):\n  File "x", line 3\nZeroDivisionError: division by zero'
    assert summary_line(trace) == "ZeroDivisionError: division by zero"
    assert summary_line("one line") == "one line"
    assert summary_line("line 2, in f: 1 / 0\nZeroDivisionError: x") == "ZeroDivisionError: x"
    test = SimpleNamespace(message=trace, output="hi\n", status=SimpleNamespace(value="error"))
    assert detail_text(test) == trace + "\n\nPrinted:\nhi"


SQL_ID = "department-top-three-salaries"
WRONG_SQL = (
    "SELECT d.name AS department, e.name AS employee, e.salary AS salary\n"
    "FROM employees e JOIN departments d ON d.id = e.department_id  -- every salary, no cut\n"
)


def open_sql(qtbot, window: MainWindow) -> None:
    window.coding.picker.select(SQL_ID)
    qtbot.waitUntil(lambda: not window.coding.editor.isReadOnly(), timeout=5000)


def test_sql_exercise_opens_with_sql_colours_schema_and_its_own_draft(qtbot, coding) -> None:
    from interview_app.gui.code_editor import PythonHighlighter, SqlHighlighter

    window = coding()
    page = window.coding
    row = next(
        page.picker.list.item(n)
        for n in range(page.picker.list.count())
        if page.picker.list.item(n).data(Qt.ItemDataRole.UserRole) == SQL_ID
    )
    assert row.text().endswith("[SQL]") and "SQL" in row.toolTip()
    assert page.picker.topic.findData("sql") >= 0, "the topic filter offers SQL"
    open_two_sum(qtbot, window)
    assert isinstance(page.editor.highlighter, PythonHighlighter)
    assert not page.schema.isVisible()
    open_sql(qtbot, window)
    assert isinstance(page.editor.highlighter, SqlHighlighter)
    assert page.editor.toPlainText() == page.exercise.starter
    assert page.exercise.starter.lstrip().startswith("--")
    assert page.schema.isVisible()
    text = page.schema.text()
    for table, columns in page.exercise.schema().items():
        assert table in text
        assert all(name in text and kind in text for name, kind in columns)
    page.editor.setPlainText(WRONG_SQL)
    open_two_sum(qtbot, window)  # switching saves the SQL draft under its own key
    assert page.editor.toPlainText() == page.exercise.starter
    open_sql(qtbot, window)
    assert page.editor.toPlainText() == WRONG_SQL
    window.close()


def _formats(editor, line: int) -> dict[int, str]:
    block = editor.document().findBlockByNumber(line)
    return {r.start: r.format.foreground().color().name() for r in block.layout().formats()}


def test_sql_highlighter_colours_keywords_strings_comments_numbers(qtbot) -> None:
    from interview_app.gui.code_editor import CodeEditor, SqlHighlighter

    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.set_language("sql")
    editor.setPlainText("select a, 'x -- y' /* note\nstill */ FROM t -- end\nWHERE n = 1.5")
    first, second, third = (_formats(editor, n) for n in range(3))
    keyword, string, comment, number = (
        SqlHighlighter.RULES[0][1].foreground().color().name(),
        SqlHighlighter.STRING.foreground().color().name(),
        SqlHighlighter.COMMENT.foreground().color().name(),
        SqlHighlighter.RULES[2][1].foreground().color().name(),
    )
    assert first[0] == keyword, "keywords in any case"
    assert first[10] == string, "a -- inside a string is not a comment"
    assert first[19] == comment and second[0] == comment, "a block comment spans lines"
    assert second[9] == keyword and second[16] == comment
    assert third == {0: keyword, 10: number}
    editor.set_language("python")
    assert not isinstance(editor.highlighter, SqlHighlighter)


def assert_no_overlap(window: MainWindow, page) -> None:
    """The SQL state's visible parts lie inside the window, apart, each with room to show."""
    from PySide6.QtCore import QRect

    parts = {
        "schema": page.schema, "prompt": page.prompt, "editor": page.editor,
        "run": page.run_button, "submit": page.submit_button, "tests": page.results.tree,
        "message": page.results.message, "got": page.results.tables.got.table,
        "expected": page.results.tables.expected.table,
    }  # fmt: skip
    boxes = {}
    for name, widget in parts.items():
        assert widget.isVisible(), name
        box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        assert window.rect().contains(box), f"{name} leaves the window"
        assert box.height() >= 40 or name in {"run", "submit"}, f"{name} is squeezed"
        boxes[name] = box
    names = list(boxes)
    for n, a in enumerate(names):
        for b in names[n + 1 :]:
            assert not boxes[a].intersects(boxes[b]), f"{a} overlaps {b}"
    got = page.results.tables.got.table
    assert got.viewport().height() >= 2 * got.rowHeight(0), "at least two result rows show"


def test_sql_run_shows_result_beside_expected(qtbot, coding, data_dir) -> None:
    window = coding()
    window.resize(1000, 700)
    page = window.coding
    open_sql(qtbot, window)
    page.editor.setPlainText(WRONG_SQL)
    with qtbot.waitSignal(page.graded, timeout=30_000) as run:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    result = run.args[0]
    assert result.verdict.value == "wrong_answer" and all(t.visible for t in result.tests)
    test = result.tests[0]
    tables = page.results.tables
    assert tables.isVisible()
    got, want = tables.got.table, tables.expected.table
    assert got.columnCount() == want.columnCount() == 3
    assert [got.horizontalHeaderItem(c).text() for c in range(3)] == test.expected["columns"]
    assert got.rowCount() == len(test.got["rows"]) > want.rowCount() == len(test.expected["rows"])
    assert "Bruno" not in {want.item(r, 1).text() for r in range(want.rowCount())}
    assert got.geometry().right() < tables.expected.geometry().left(), "side by side"
    plain = Qt.BrushStyle.NoBrush
    tinted = [got.item(r, 1).text() for r in range(got.rowCount())
              if got.item(r, 0).background().style() != plain]  # fmt: skip
    assert tinted == ["Malik"], "the row the expected table lacks is marked"
    assert_no_overlap(window, page)
    from tests.test_layout import cut_labels, overlaps

    for size in ((1000, 700), (1400, 900)):
        window.resize(*size)
        qtbot.wait(150)
        problems = overlaps(window) + cut_labels(window)
        assert not problems, f"SQL results at {size}:\n" + "\n".join(problems)
    assert attempts(data_dir) == []

    page.editor.setPlainText(page.exercise.reference_source)
    with qtbot.waitSignal(page.graded, timeout=30_000) as submitted:
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert submitted.args[0].verdict.value == "accepted"
    hidden = [t for t in submitted.args[0].tests if not t.visible]
    assert hidden and all(t.got is None and t.expected is None for t in hidden)
    assert all("got" not in t.to_json() for t in submitted.args[0].tests)
    window.close()
