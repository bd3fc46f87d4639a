"""Concept questions: free text, then the model answer, key points to tick, and a self-rating."""

from __future__ import annotations

import html
import random
from collections.abc import Mapping
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.answers import TermMatch, find_key_terms
from interview_app.core.bank import ConceptQuestion
from interview_app.core.practice import concept_score, interval_text
from interview_app.core.vocab import Outcome, Rating
from interview_app.gui.panels.base import Answered, AnswerPanel, Rated
from interview_app.gui.widgets import AnswerBox, MarkdownView, OptionRow, heading


def highlight_terms(text: str, matches: list[TermMatch]) -> str:
    """The user's text as HTML with every key-term occurrence marked."""
    spans = sorted(span for m in matches for span in m.spans)
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue  # overlapping spellings: keep the first
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<span style="background:#fff3bf;font-weight:600">{html.escape(text[start:end])}</span>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class ConceptPanel(AnswerPanel):
    submit_label = "Reveal answer"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: ConceptQuestion | None = None
        self._revealed = False
        self._rating: Rating | None = None

        self.editor = AnswerBox()
        self.editor.setPlaceholderText(
            "Answer as you would out loud: define, explain why, give an example or trade-off."
        )
        self.yours = QTextBrowser()
        self.model = MarkdownView()
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setObjectName("hintText")

        self.points_box = QWidget()
        self.points_layout = QVBoxLayout(self.points_box)
        self.points_layout.setContentsMargins(0, 0, 0, 0)
        self.point_checks: list[OptionRow] = []

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(heading("Your answer"))
        left_col.addWidget(self.yours, 1)
        left_col.addWidget(self.terms)
        left_col.addWidget(heading("Key points: tick the ones you covered"))
        # A scroll area keeps long, wrapped points whole when the window is short.
        self.points_scroll = QScrollArea()
        self.points_scroll.setWidgetResizable(True)
        self.points_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.points_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points_scroll.setWidget(self.points_box)
        left_col.addWidget(self.points_scroll, 1)
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(heading("Model answer"))
        right_col.addWidget(self.model, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(right)

        self.rating_buttons: dict[Rating, QPushButton] = {}
        rating_row = QHBoxLayout()
        rating_row.addWidget(QLabel("How did you do?"))
        for rating in Rating:
            button = QPushButton()
            button.setObjectName(f"rate{rating.label}")
            button.clicked.connect(lambda _=False, r=rating: self.rate(r))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{int(rating)}"), self)
            shortcut.activated.connect(lambda r=rating: self.rate(r))
            self.rating_buttons[rating] = button
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        self.rating_row = QWidget()
        self.rating_row.setLayout(rating_row)
        self.show_intervals(None)

        self.after = QWidget()
        after = QVBoxLayout(self.after)
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.split, 1)
        after.addWidget(self.rating_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.after, 1)

    def load(self, question: ConceptQuestion, rng: random.Random) -> None:
        self._question, self._revealed, self._rating = question, False, None
        self.editor.clear()
        self.editor.setReadOnly(False)
        self.editor.show()
        self.after.hide()
        for check in self.point_checks:
            check.deleteLater()
        self.point_checks = []
        for point in question.key_points:
            check = OptionRow(point, multiple=True)
            self.points_layout.addWidget(check)
            self.point_checks.append(check)
        self.show_intervals(None)
        for button in self.rating_buttons.values():
            button.setEnabled(True)
            button.setProperty("chosen", False)

    def show_intervals(self, intervals: Mapping[Rating, timedelta] | None) -> None:
        """Label each rating button with when the item would come back ("2 d" above "Good")."""
        for rating, button in self.rating_buttons.items():
            keys = f"Ctrl+{int(rating)}"
            wait = intervals.get(rating) if intervals else None
            if wait is None:
                button.setText(f"{rating.label}  ({keys})")
                note = "" if intervals is None else ": not scheduled"
                if intervals is None and self._revealed:
                    note = ": rated already in this sitting, so the schedule stays as it is"
                button.setToolTip(f"{rating.label} ({keys}){note}")
            else:
                # Two lines, the interval on top as on flash-card buttons: one line is cut at 1000 px.
                button.setText(f"{interval_text(wait)}\n{rating.label}  ({keys})")
                button.setToolTip(f"{rating.label} ({keys}): next review in {interval_text(wait)}")

    def focus_input(self) -> None:
        self.editor.setFocus()

    @property
    def done(self) -> bool:
        return self._revealed

    def submit(self) -> None:
        if self._question is None or self._revealed:
            return
        self._revealed = True
        text = self.editor.toPlainText()
        matches = find_key_terms(text, self._question.key_terms)
        self.yours.setHtml(highlight_terms(text, matches) or "<i>(no answer written)</i>")
        self.model.set_markdown(self._question.answer)
        if self._question.key_terms:
            used = [m.term for m in matches if m.found]
            missing = [m.term for m in matches if not m.found]
            self.terms.setText(
                f"Key terms you used: {', '.join(used) or 'none'}. "
                f"Not mentioned: {', '.join(missing) or 'none'}. (A hint, not a grade.)"
            )
        self.terms.setVisible(bool(self._question.key_terms))
        self.editor.hide()
        self.after.show()
        self.rating_buttons[Rating.GOOD].setFocus()
        self.answered.emit(
            Answered(
                answer=text,
                outcome=Outcome.UNRATED,
                score=None,
                details={"key_terms_used": [m.term for m in matches if m.found]},
            )
        )

    def rate(self, rating: Rating) -> None:
        if not self._revealed or self._question is None or not self.isVisible():
            return
        self._rating = rating
        covered = [i for i, c in enumerate(self.point_checks) if c.button.isChecked()]
        for r, button in self.rating_buttons.items():
            button.setProperty("chosen", r is rating)
            button.style().unpolish(button)
            button.style().polish(button)
        self.rated.emit(
            Rated(
                rating=rating,
                score=concept_score(covered, len(self._question.key_points)),
                details={
                    "key_points_covered": covered,
                    "key_points": len(self._question.key_points),
                },
            )
        )

    @property
    def rating(self) -> Rating | None:
        return self._rating
