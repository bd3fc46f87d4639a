"""History: every stored attempt, newest first, with the question and answer on selection."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.answers import OUTCOME_TITLES
from interview_app.core.practice import plural
from interview_app.core.vocab import Outcome
from interview_app.gui.context import AppContext
from interview_app.gui.widgets import MarkdownView

COLUMNS = ("When", "Topic", "Question", "Kind", "Outcome", "Score", "Rating", "Time")
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
OUTCOME_COLOURS = {"correct": "#2b8a3e", "partial": "#e67700", "incorrect": "#c92a2a"}
LIMIT = 500


def _when(iso_text: str) -> str:
    return datetime.fromisoformat(iso_text).astimezone().strftime("%Y-%m-%d %H:%M")


def _duration(ms: int | None) -> str:
    seconds = round((ms or 0) / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


class HistoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[dict[str, Any]] = []
        self._stale = True
        title = QLabel("History")
        title.setObjectName("pageTitle")
        self.summary = QLabel("No attempts yet.")
        self.summary.setObjectName("hintText")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = MarkdownView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        ctx.ready.connect(self.refresh)
        ctx.attempts_changed.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.is_ready:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.ctx.read(lambda store: (store.recent_attempts(LIMIT), store.counts()), self._fill)

    def _fill(self, result: tuple[list[dict[str, Any]], dict[str, int]]) -> None:
        rows, counts = result
        self._rows = rows
        bank = self.ctx.bank
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            question = bank.questions.get(row["question_id"]) if bank else None
            exercise = self.ctx.exercises.get(row["question_id"])
            topic = bank.topics.get(row["topic"]) if bank else None
            label = (
                question.label if question else exercise.title if exercise else row["question_id"]
            )
            cells = (
                _when(row["created_at"]),
                topic.title if topic else row["topic"],
                label,
                row["kind"],
                _outcome_title(row["outcome"]),
                "" if row["score"] is None else f"{row['score']:.0%}",
                RATING_NAMES.get(row["rating"], ""),
                _duration(row["time_spent_ms"]),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and row["outcome"] in OUTCOME_COLOURS:
                    item.setForeground(QColor(OUTCOME_COLOURS[row["outcome"]]))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        shown = f" (latest {LIMIT} shown)" if counts["attempts"] > LIMIT else ""
        self.summary.setText(
            f"{plural(counts['attempts'], 'attempt')} in {plural(counts['sessions'], 'session')}{shown}."
            if counts["attempts"]
            else "No attempts yet: answer a question on the Practice page."
        )
        self.detail.set_markdown("")

    def _show_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected or not self.ctx.bank:
            return
        row = self._rows[selected[0].row()]
        question = self.ctx.bank.questions.get(row["question_id"])
        answer = row["answer"]
        if row["kind"] == "code":
            verdict = row["details"].get("verdict", "")
            passed, total = row["details"].get("passed"), row["details"].get("total")
            self.detail.set_markdown(
                f"### {row['question_id']}\n\n**{verdict.replace('_', ' ')}**, {passed}/{total} tests\n\n"
                f"```python\n{answer}\n```"
            )
            return
        if isinstance(answer, list) and question is not None and hasattr(question, "options"):
            answer = "; ".join(
                question.options[i] for i in answer if 0 <= i < len(question.options)
            )
        elif not isinstance(answer, str):
            answer = json.dumps(answer)
        parts = []
        if question is not None:
            parts += [f"### {question.label}", question.prompt]
        parts += ["#### Your answer", answer or "_(empty)_"]
        if question is not None:
            parts += ["#### Model answer", question.answer]
        self.detail.set_markdown("\n\n".join(parts))


def _outcome_title(outcome: str) -> str:
    """The same words the practice page uses for an outcome."""
    try:
        return OUTCOME_TITLES[Outcome(outcome)]
    except ValueError:
        return outcome
