"""The selected item: its last attempts and why each got its rating, with a way to correct it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.vocab import Rating
from interview_app.gui.review.model import AttemptLine
from interview_app.gui.widgets import MarkdownView, heading


@dataclass(frozen=True)
class DetailView:
    item_id: str
    title: str
    meta: str
    status: str
    can_override: bool  # only a reviewed item has a rating to correct
    last_rating: int | None
    explanation: str = ""  # offered again for leeches only: on a due item it would spoil recall


class EntryDetail(QStackedWidget):
    override_requested = Signal(str, object)  # item id, Rating
    practise_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id: str | None = None
        self.placeholder = QLabel("Select an item to see its last attempts and their ratings.")
        self.placeholder.setObjectName("hintText")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.placeholder)
        self.addWidget(self._build_body())

    def _build_body(self) -> QWidget:
        self.title = QLabel()
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("questionMeta")
        self.meta.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._build_attempts()
        buttons = self._build_override()
        bottom = self._build_bottom()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.meta)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(heading("Last attempts"))
        layout.addWidget(self.attempts, 2)
        layout.addWidget(self.no_attempts)
        layout.addWidget(self.override_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.explanation, 3)
        layout.addStretch(0)  # keeps the rows up when the table is hidden
        layout.addLayout(bottom)
        return body

    def _build_attempts(self) -> None:
        self.attempts = QTableWidget(0, 2)
        self.attempts.setObjectName("attemptTable")
        self.attempts.setHorizontalHeaderLabels(("When", "Rating and why"))
        self.attempts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attempts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.attempts.setWordWrap(True)
        self.attempts.setShowGrid(False)
        self.attempts.verticalHeader().hide()
        header = self.attempts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.no_attempts = QLabel("No attempts yet: practise it once and its reviews begin.")
        self.no_attempts.setObjectName("hintText")
        self.no_attempts.setWordWrap(True)
        self.no_attempts.hide()

    def _build_override(self) -> QHBoxLayout:
        """The rating buttons (returned as a row), their hint and the line saying what changed."""
        self.override_hint = QLabel("Not the right rating? Correct the one that set the schedule:")
        self.override_hint.setObjectName("hintText")
        self.override_hint.setWordWrap(True)
        self.override_buttons: dict[Rating, QPushButton] = {}
        buttons = QHBoxLayout()
        for rating in Rating:
            button = QPushButton(rating.label)
            button.setObjectName(f"rate{rating.label}")
            button.clicked.connect(lambda _=False, r=rating: self._override(r))
            self.override_buttons[rating] = button
            buttons.addWidget(button)
        self.result = QLabel()
        self.result.setObjectName("overrideResult")
        self.result.setWordWrap(True)
        return buttons

    def _build_bottom(self) -> QHBoxLayout:
        """The explanation (hidden until asked for) and the row of buttons under everything."""
        self.explain_button = QPushButton("Read the explanation")
        self.explain_button.setCheckable(True)
        self.explain_button.toggled.connect(self._toggle_explanation)
        self.explanation = MarkdownView()
        self.explanation.setObjectName("explanation")
        self.explanation.hide()
        self.practise_button = QPushButton("Practise now")
        self.practise_button.clicked.connect(
            lambda: self.item_id and self.practise_requested.emit(self.item_id)
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.explain_button)
        bottom.addStretch(1)
        bottom.addWidget(self.practise_button)
        return bottom

    def clear(self, anything_to_select: bool = True) -> None:
        self.item_id = None
        self.placeholder.setVisible(anything_to_select)  # no invitation beside an empty list
        self.setCurrentIndex(0)

    def show_item(self, view: DetailView, note: str = "") -> None:
        """Show an item; its attempts follow with `set_attempts` once read from the store."""
        if view.item_id != self.item_id:
            self.attempts.setRowCount(0)
            self.explain_button.setChecked(False)
        self.item_id = view.item_id
        self.title.setText(view.title)
        self.meta.setText(view.meta)
        self.status.setText(view.status)
        self.override_hint.setVisible(view.can_override)
        for rating, button in self.override_buttons.items():
            button.setVisible(view.can_override)
            button.setProperty("chosen", rating == view.last_rating)
            button.style().unpolish(button)
            button.style().polish(button)
        self.result.setText(note)
        self.result.setVisible(bool(note))
        self.explain_button.setVisible(bool(view.explanation))
        self.explanation.set_markdown(view.explanation)
        self.setCurrentIndex(1)

    def set_attempts(self, lines: list[AttemptLine]) -> None:
        self.attempts.setRowCount(len(lines))
        self.attempts.setVisible(bool(lines))
        self.no_attempts.setVisible(not lines)
        bold = QFont(self.attempts.font())
        bold.setBold(True)
        for row, line in enumerate(lines):
            for column, text in enumerate((line.when, line.why)):
                cell = QTableWidgetItem(text)
                if line.scheduled:
                    # The attempt an override corrects: the latest one that set the schedule.
                    cell.setFont(bold)
                    cell.setToolTip("This attempt's rating set the current schedule.")
                self.attempts.setItem(row, column, cell)
        self.attempts.resizeRowsToContents()

    def _override(self, rating: Rating) -> None:
        if self.item_id is not None:
            self.override_requested.emit(self.item_id, rating)

    def _toggle_explanation(self, shown: bool) -> None:
        self.explanation.setVisible(shown)
        self.explain_button.setText("Hide explanation" if shown else "Read the explanation")
