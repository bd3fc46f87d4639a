"""Small vocabularies shared by the bank, the grader, the store and the GUI."""

from enum import IntEnum, StrEnum


class Kind(StrEnum):
    CONCEPT = "concept"
    CHOICE = "choice"
    NUMERIC = "numeric"
    MATH = "math"
    DESIGN = "design"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Outcome(StrEnum):
    """What an attempt came to. Self-rated answers stay UNRATED until the user rates them."""

    CORRECT = "correct"
    PARTIAL = "partial"
    INCORRECT = "incorrect"
    UNRATED = "unrated"


class Rating(IntEnum):
    """Self-rating after a revealed answer; the numbers match FSRS's ratings."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()

    @property
    def outcome(self) -> Outcome:
        return {
            Rating.AGAIN: Outcome.INCORRECT,
            Rating.HARD: Outcome.PARTIAL,
        }.get(self, Outcome.CORRECT)
