"""Questions as immutable values, one class per kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from interview_app.core.vocab import Difficulty, Kind

DEFAULT_TARGET_SECONDS = {
    Kind.CONCEPT: 180, Kind.CHOICE: 60, Kind.NUMERIC: 150, Kind.MATH: 180, Kind.DESIGN: 1800,
}  # fmt: skip
DESIGN_SECTIONS = (
    "Requirements and metrics",
    "Data and features",
    "Model",
    "Serving, latency and cost",
    "Monitoring and iteration",
)


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    topic: str
    kind: Kind
    difficulty: Difficulty
    tags: tuple[str, ...]
    prompt: str
    answer: str
    title: str = ""
    hint: str = ""
    target_seconds: int = 0
    source: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        """A short name for lists: the title, else the prompt's first line."""
        if self.title:
            return self.title
        first = self.prompt.strip().splitlines()[0] if self.prompt.strip() else self.id
        return first if len(first) <= 70 else first[:67] + "..."


@dataclass(frozen=True)
class ConceptQuestion(Question):
    key_points: tuple[str, ...] = ()
    key_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChoiceQuestion(Question):
    options: tuple[str, ...] = ()
    correct: frozenset[int] = frozenset()
    multiple: bool = False
    shuffle: bool = True


@dataclass(frozen=True)
class NumericQuestion(Question):
    value: float = 0.0
    abs_tol: float | None = None
    rel_tol: float | None = None
    unit: str = ""


@dataclass(frozen=True)
class Mistake:
    answer: str
    feedback: str


@dataclass(frozen=True)
class MathQuestion(Question):
    expected: str = ""
    variables: tuple[str, ...] = ()
    positive: bool = False
    tolerance: float = 0.0  # > 0: a decimal answer within this relative error is accepted
    form: str = ""
    must_use: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    mistakes: tuple[Mistake, ...] = ()
    domains: tuple[tuple[str, str], ...] = ()  # (variable, domain) as declared by the question

    def spec(self) -> object:
        """What the maths checker compares answers with (see core.maths.equivalence.Spec)."""
        from interview_app.core.maths.equivalence import Spec

        return Spec(
            expected=self.expected, variables=self.variables, positive=self.positive, form=self.form,
            must_use=self.must_use, mistakes=tuple((m.answer, m.feedback) for m in self.mistakes),
            tolerance=self.tolerance, domains=self.domains,
        )  # fmt: skip


@dataclass(frozen=True)
class RubricSignal:
    signal: str  # e.g. "Problem framing"
    levels: tuple[str, str, str, str]  # what levels 1 (weak) to 4 (strong) look like


@dataclass(frozen=True)
class DesignQuestion(Question):
    sections: tuple[str, ...] = DESIGN_SECTIONS
    rubric: tuple[RubricSignal, ...] = ()
