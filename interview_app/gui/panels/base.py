"""What every answer panel offers the practice page."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from interview_app.core.bank import Question
from interview_app.core.vocab import Outcome, Rating


@dataclass(frozen=True)
class Answered:
    """An answer as given: what to store, and how it was judged."""

    answer: Any
    outcome: Outcome
    score: float | None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rated:
    rating: Rating
    score: float | None
    details: dict[str, Any] = field(default_factory=dict)


class AnswerPanel(QWidget):
    answered = Signal(object)  # Answered: record it now
    rated = Signal(object)  # Rated: the user's self-rating of the last answer

    submit_label = "Submit"

    def load(self, question: Question, rng: random.Random) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        """Grade (or reveal) the current answer; shows feedback and emits `answered`."""
        raise NotImplementedError

    def focus_input(self) -> None:
        self.setFocus()

    @property
    def done(self) -> bool:
        """True once the answer has been given and feedback shown."""
        raise NotImplementedError
