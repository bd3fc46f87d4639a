"""The judge's results: a verdict banner, one row per test, and the selected test's full message.

Takes plain GradeResult data (verdict, passed, total, tests with name/status/message/output);
an SQL test that carries tables (`got`, `expected`: columns and rows) shows them side by side.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.widgets import VerdictBanner

if TYPE_CHECKING:
    from interview_app.core.judge.verdicts import GradeResult

# Text plus a standard style icon: both render in every font and theme (no emoji glyphs).
STATUS_TEXT = {
    "passed": ("passed", "#2b8a3e", QStyle.StandardPixmap.SP_DialogApplyButton),
    "failed": ("wrong", "#c92a2a", QStyle.StandardPixmap.SP_DialogCancelButton),
    "error": ("error", "#c92a2a", QStyle.StandardPixmap.SP_MessageBoxCritical),
    "timeout": ("timeout", "#e67700", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "not_run": ("not run", "#868e96", QStyle.StandardPixmap.SP_MediaSkipForward),
}
ROLE_DETAIL = Qt.ItemDataRole.UserRole
MAX_TABLE_ROWS = 500
EXTRA_ROW, MISSING_ROW = QColor("#ffe3e3"), QColor("#fff3bf")
EXCEPTION_LINE = re.compile(r"^[A-Za-z_.]*(Error|Exception|Exit|Interrupt)\b")


def summary_line(message: str) -> str:
    """One line for the table: a traceback's last line (the exception), else the first line."""
    lines = [line for line in message.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    if lines[0].startswith("Traceback") or EXCEPTION_LINE.match(lines[-1].strip()):
        return lines[-1].strip()
    return lines[0].strip() + (" …" if len(lines) > 1 else "")


def detail_text(test: Any) -> str:
    """Everything about one test, uncut: its message, then what it printed."""
    parts = [test.message.rstrip()] if test.message else []
    output = getattr(test, "output", "")
    if output:
        parts.append("Printed:\n" + output.rstrip())
    if not parts:
        return "Passed." if test.status.value == "passed" else ""
    return "\n\n".join(parts)


def cell_text(value: Any) -> str:
    """How one SQL value reads in a table: NULL for None, floats without float noise."""
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


def display_rows(table: dict[str, Any], ordered: bool) -> list[list[Any]]:
    """The rows as shown: in the query's order when order matters, else sorted for comparing."""
    rows = [list(r) for r in table.get("rows", [])]
    if ordered:
        return rows
    return sorted(rows, key=lambda row: [(v is not None, cell_text(v)) for v in row])


def unmatched(rows: list[list[Any]], others: list[list[Any]]) -> set[int]:
    """Indices of `rows` with no equal row left in `others` (as text, counting repeats)."""
    pool = Counter(tuple(map(cell_text, r)) for r in others)
    missing = set()
    for n, row in enumerate(rows):
        key = tuple(map(cell_text, row))
        if pool[key]:
            pool[key] -= 1
        else:
            missing.add(n)
    return missing


class ResultTable(QWidget):
    """A caption over a read-only table of one query result."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = caption
        self.caption = QLabel(caption)
        self.caption.setObjectName("hintText")
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.table, 1)

    def show_table(self, table: dict[str, Any] | None, rows: list[list[Any]], marked: set[int],
                   colour: QColor) -> None:  # fmt: skip
        """Fill from columns and rows; marked rows get the colour (rows the other side lacks)."""
        self.table.clear()
        if table is None:
            self.caption.setText(f"{self.name}: no table (see the message)")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        shown = rows[:MAX_TABLE_ROWS]
        more = f", first {len(shown)} shown" if len(rows) > len(shown) else ""
        self.caption.setText(f"{self.name} ({len(rows)} row{'s' * (len(rows) != 1)}{more})")
        self.table.setColumnCount(len(table["columns"]))
        self.table.setHorizontalHeaderLabels([str(c) for c in table["columns"]])
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if value is None:
                    item.setForeground(QColor("#868e96"))
                if r in marked:
                    item.setBackground(colour)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()


class TablePair(QWidget):
    """The query's result beside the expected one, rows the other side lacks tinted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.got = ResultTable("Your result")
        self.expected = ResultTable("Expected")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.got, 1)
        row.addWidget(self.expected, 1)

    def show_test(self, test: Any, ordered: bool) -> None:
        got, want = test.got, test.expected
        got_rows = display_rows(got, ordered) if got else []
        want_rows = display_rows(want, ordered) if want else []
        failing = test.status.value != "passed" and got is not None and want is not None
        extra = unmatched(got_rows, want_rows) if failing else set()
        missing = unmatched(want_rows, got_rows) if failing else set()
        self.got.show_table(got, got_rows, extra, EXTRA_ROW)
        self.expected.show_table(want, want_rows, missing, MISSING_ROW)


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = VerdictBanner()
        self.detail = QLabel()
        self.detail.setObjectName("codeMessage")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Status", "Test", "Time", "Message"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.message.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message.setPlaceholderText("Select a test to see its full message.")
        self.tables = TablePair()
        self.tables.hide()
        self._tests: list[Any] = []
        self._ordered = True
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addWidget(self.message, 1)
        lower_column.addWidget(self.tables, 3)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.setHandleWidth(6)
        split.setStyleSheet("QSplitter::handle { background: #d9dee3; }")
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self._tabular = False  # whether the lower pane was last sized for tables
        # Tests, and a Picture tab for results that have one (the tab bar shows only then).
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(split, "Tests")
        self.tabs.tabBar().hide()
        self.picture_view: Any = None  # made (and QtCharts loaded) with the first picture
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.detail)
        layout.addWidget(self.tabs, 1)

    def clear(self) -> None:
        self.banner.hide()
        self.detail.hide()
        self.tree.clear()
        self.message.clear()
        self.tables.hide()
        self._tests = []
        self.show_picture(None)

    def show_message(self, verdict: str, text: str) -> None:
        self.banner.show_verdict(verdict, text)

    def show_result(self, result: GradeResult, run_only: bool, ordered: bool = True) -> None:
        """Fill the banner and the table; the first failing test's message opens below.

        `ordered`: whether SQL rows must come in order (if not, both tables are shown sorted).
        """
        self.tree.clear()
        self.message.clear()
        self._tests, self._ordered = list(result.tests), ordered
        self._banner(result, run_only)
        whole = (
            result.message if not result.tests or result.verdict.value == "compile_error" else ""
        )
        extra = [whole] if whole else []
        if getattr(result, "output", ""):
            extra.append("Printed while loading:\n" + result.output)
        if getattr(result, "performance", None):
            extra.append("Speed: " + result.performance["note"])
        self.detail.setText("\n\n".join(extra))
        self.detail.setVisible(bool(extra))
        first_bad = None
        for test in result.tests:
            item = self._row(test)
            self.tree.addTopLevelItem(item)
            if first_bad is None and test.status.value != "passed":
                first_bad = item
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        # Long names are elided (whole in the tooltip) so the message keeps room.
        room = max(160, self.tree.viewport().width() * 2 // 5)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), room))
        self.tree.setCurrentItem(first_bad or self.tree.topLevelItem(0))
        self._size_for_tables(any(getattr(t, "expected", None) is not None for t in result.tests))
        self.show_picture(getattr(result, "picture", None))

    def show_picture(self, picture: dict[str, Any] | None) -> None:
        """The Picture tab: the result beside the reference's, or no tab at all."""
        if picture is None:
            if self.tabs.count() > 1:
                self.tabs.removeTab(1)
            self.tabs.setCurrentIndex(0)
            self.tabs.tabBar().hide()
            return
        if self.picture_view is None:
            from interview_app.gui.result_picture import PictureView

            self.picture_view = PictureView()
        self.picture_view.set_picture(picture)
        if self.tabs.count() == 1:
            self.tabs.addTab(self.picture_view, "Picture")
        self.tabs.tabBar().show()

    def _size_for_tables(self, tabular: bool) -> None:
        """With tables, the test list shrinks to its rows and the message to a few lines."""
        lines = self.message.fontMetrics().lineSpacing()
        self.message.setMaximumHeight(lines * 3 + 12 if tabular else 16_777_215)
        wrap = QPlainTextEdit.LineWrapMode  # a checker's sentence wraps; tracebacks keep lines
        self.message.setLineWrapMode(wrap.WidgetWidth if tabular else wrap.NoWrap)
        if tabular == self._tabular:
            return
        self._tabular = tabular
        total = sum(self.split.sizes())
        if tabular:
            rows = self.tree.topLevelItemCount()
            row = self.tree.sizeHintForRow(0) if rows else lines
            wanted = self.tree.header().height() + row * min(rows, 3) + 6
            self.split.setSizes([wanted, max(total - wanted, 1)])
        else:
            self.split.setSizes([total // 2, total - total // 2])

    def _banner(self, result: GradeResult, run_only: bool) -> None:
        what = "examples" if run_only else "tests"
        colour = "correct" if result.accepted else "incorrect"
        if result.verdict.value == "internal_error":
            colour = "partial"
        self.banner.show_verdict(
            colour,
            f"{result.verdict.label} — {result.passed}/{result.total} {what} passed "
            f"in {result.duration_ms:.0f} ms",
        )

    def _row(self, test: Any) -> QTreeWidgetItem:
        text, colour_hex, icon = STATUS_TEXT.get(test.status.value, STATUS_TEXT["error"])
        name = test.name if test.visible else f"{test.name} (hidden)"
        took = "" if test.status.value == "not_run" else f"{test.duration_ms:.1f} ms"
        item = QTreeWidgetItem([text, name, took, summary_line(test.message)])
        item.setIcon(0, self.style().standardIcon(icon))
        item.setForeground(0, QColor(colour_hex))
        item.setToolTip(1, name)
        item.setToolTip(3, test.message[:2000])
        item.setData(0, ROLE_DETAIL, detail_text(test))
        return item

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        self.message.setPlainText(item.data(0, ROLE_DETAIL) if item is not None else "")
        index = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        test = self._tests[index] if 0 <= index < len(self._tests) else None
        has_tables = test is not None and (
            getattr(test, "got", None) is not None or getattr(test, "expected", None) is not None
        )
        self.tables.setVisible(has_tables)
        if has_tables:
            self.tables.show_test(test, self._ordered)
