"""The judge's results: a verdict banner, then one row per test with status, time and message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.widgets import VerdictBanner

if TYPE_CHECKING:
    from interview_app.core.judge.verdicts import GradeResult

STATUS_TEXT = {
    "passed": ("✓ passed", "#2b8a3e"),
    "failed": ("✗ wrong", "#c92a2a"),
    "error": ("✗ error", "#c92a2a"),
    "timeout": ("⏱ timeout", "#e67700"),
    "not_run": ("– not run", "#868e96"),
}


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = VerdictBanner()
        self.detail = QLabel()
        self.detail.setObjectName("codeMessage")
        self.detail.setWordWrap(True)
        self.detail.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Status", "Test", "Time", "Message"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.detail)
        layout.addWidget(self.tree, 1)

    def clear(self) -> None:
        self.banner.hide()
        self.detail.hide()
        self.tree.clear()

    def show_message(self, verdict: str, text: str) -> None:
        self.banner.show_verdict(verdict, text)

    def show_result(self, result: GradeResult, run_only: bool) -> None:
        self.tree.clear()
        label = result.verdict.label
        what = "examples" if run_only else "tests"
        colour = "correct" if result.accepted else "incorrect"
        if result.verdict.value == "internal_error":
            colour = "partial"
        self.banner.show_verdict(
            colour,
            f"{label} — {result.passed}/{result.total} {what} passed in {result.duration_ms:.0f} ms",
        )
        whole = (
            result.message if not result.tests or result.verdict.value == "compile_error" else ""
        )
        extra = [whole] if whole else []
        if result.output:
            extra.append("Printed while loading:\n" + result.output)
        self.detail.setText("\n\n".join(extra))
        self.detail.setVisible(bool(extra))
        for test in result.tests:
            text, colour_hex = STATUS_TEXT[test.status.value]
            name = test.name if test.visible else f"{test.name} (hidden)"
            first_line = test.message.splitlines()[0] if test.message else ""
            took = "" if test.status.value == "not_run" else f"{test.duration_ms:.1f} ms"
            item = QTreeWidgetItem([text, name, took, first_line])
            item.setForeground(0, QColor(colour_hex))
            item.setToolTip(3, test.message)
            if test.message.count("\n") or len(test.message) > 90:
                item.addChild(QTreeWidgetItem(["", "", "", test.message]))
            if test.output:
                item.addChild(QTreeWidgetItem(["", "printed", "", test.output]))
            self.tree.addTopLevelItem(item)
            if test.status.value != "passed" and item.childCount():
                item.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 240))
