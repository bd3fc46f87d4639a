"""Checking answers to the automatically graded kinds, and spotting key terms in free text."""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from fractions import Fraction

from interview_app.core.bank.model import ChoiceQuestion, NumericQuestion
from interview_app.core.vocab import Outcome

MAX_NUMBER_TEXT = 64


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    score: float
    message: str


class AnswerFormatError(ValueError):
    """The answer could not be read; nothing should be recorded."""


def check_choice(question: ChoiceQuestion, selected: Collection[int]) -> Verdict:
    """Exact set match is correct; for multiple-answer questions, partial credit is reported."""
    chosen = set(selected)
    if not chosen:
        raise AnswerFormatError("Choose an option first.")
    if not question.multiple and len(chosen) > 1:
        raise AnswerFormatError("Choose exactly one option.")
    if any(not 0 <= i < len(question.options) for i in chosen):
        raise AnswerFormatError("That option does not exist.")
    right = question.correct
    if chosen == right:
        return Verdict(Outcome.CORRECT, 1.0, "Correct.")
    hits, wrong = len(chosen & right), len(chosen - right)
    if not question.multiple:
        return Verdict(Outcome.INCORRECT, 0.0, "Not quite.")
    score = max(0.0, (hits - wrong) / len(right))
    missed = len(right - chosen)
    detail = f"{hits} of {len(right)} correct options chosen"
    if wrong:
        detail += f", {wrong} wrong"
    if missed:
        detail += f", {missed} missed"
    outcome = Outcome.PARTIAL if score > 0 else Outcome.INCORRECT
    return Verdict(outcome, score, f"{OUTCOME_TITLES[outcome]}: {detail}.")


OUTCOME_TITLES = {
    Outcome.CORRECT: "Right",
    Outcome.PARTIAL: "Partly right",
    Outcome.INCORRECT: "Not right",
    Outcome.UNRATED: "Not rated",
}

RUBRIC_RIGHT = 2 / 3  # mean level 3 of 4 or better
RUBRIC_PARTLY = 1 / 3  # mean level 2 of 4 or better


def rubric_verdict(levels: Collection[int], top: int = 4) -> Verdict:
    """Score = (mean level - 1) / (top - 1); right from 2/3, partly right from 1/3, else wrong.

    Raises AnswerFormatError when no level was given or one is outside 1..top.
    """
    levels = list(levels)
    if not levels or any(not 1 <= level <= top for level in levels):
        raise AnswerFormatError("Score every rubric row first.")
    mean = sum(levels) / len(levels)
    score = (mean - 1) / (top - 1)
    eps = 1e-9  # 3,3,3 must reach 2/3 despite rounding
    if score >= RUBRIC_RIGHT - eps:
        outcome = Outcome.CORRECT
    elif score >= RUBRIC_PARTLY - eps:
        outcome = Outcome.PARTIAL
    else:
        outcome = Outcome.INCORRECT
    message = f"{OUTCOME_TITLES[outcome]}: rubric {mean:.1f}/{top} ({score:.0%})."
    return Verdict(outcome, score, message)


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?")


def parse_number(text: str, unit: str = "") -> float:
    """Read a plain number, `a/b` fraction or `p%` percentage (unless the unit itself is %)."""
    s = (
        text.strip()
        .lower()
        .replace("\u2212", "-")
        .replace(",", "")
        .replace("_", "")
        .replace(" ", "")
    )
    if not s:
        raise AnswerFormatError("Enter a number.")
    if len(s) > MAX_NUMBER_TEXT:
        raise AnswerFormatError("That is too long to be a number.")
    scale = 1.0
    if unit and s.endswith(unit.lower().replace(" ", "")) and s != unit.lower():
        s = s[: -len(unit.replace(" ", ""))]
    elif s.endswith("%"):
        s, scale = s[:-1], 0.01
    try:
        if "/" in s:
            num, _, den = s.partition("/")
            if not (_NUMBER.fullmatch(num) and _NUMBER.fullmatch(den)):
                raise ValueError
            value = float(Fraction(num) / Fraction(den))
        elif _NUMBER.fullmatch(s):
            value = float(s)
        else:
            raise ValueError
    except (ValueError, ZeroDivisionError, OverflowError):
        raise AnswerFormatError(
            f"Could not read {text.strip()!r} as a number; try 0.25, 1/4, 25% or 2.5e-1."
        ) from None
    value *= scale
    if not math.isfinite(value):
        raise AnswerFormatError("The number must be finite.")
    return value


def check_numeric(question: NumericQuestion, text: str) -> Verdict:
    value = parse_number(text, question.unit)
    error = abs(value - question.value)
    within_abs = question.abs_tol is not None and error <= question.abs_tol * (1 + 1e-9)
    within_rel = question.rel_tol is not None and error <= question.rel_tol * abs(
        question.value
    ) * (1 + 1e-9)
    accepted = describe_tolerance(question)
    if within_abs or within_rel:
        return Verdict(
            Outcome.CORRECT, 1.0, f"Correct: {format_number(value)} is within {accepted}."
        )
    return Verdict(
        Outcome.INCORRECT,
        0.0,
        f"Not quite: {format_number(value)} is outside the accepted range {accepted}.",
    )


def format_number(value: float) -> str:
    return f"{value:.6g}"


def describe_tolerance(question: NumericQuestion) -> str:
    parts = []
    if question.abs_tol is not None:
        parts.append(f"± {format_number(question.abs_tol)}")
    if question.rel_tol is not None:
        parts.append(f"± {format_number(question.rel_tol * 100)}%")
    unit = f" {question.unit}" if question.unit else ""
    return f"{format_number(question.value)}{unit} {' or '.join(parts)}"


@dataclass(frozen=True)
class TermMatch:
    term: str  # the first spelling, as the author wrote it
    spans: tuple[tuple[int, int], ...]

    @property
    def found(self) -> bool:
        return bool(self.spans)


def find_key_terms(text: str, terms: Collection[str]) -> list[TermMatch]:
    """Where each key term (`a|b|c` synonyms) occurs, case-insensitively, on word boundaries.

    Plural and verb endings are allowed, so "gradient" also finds "gradients", and a space in a
    term matches a hyphen too ("weight decay" finds "weight-decay").
    """
    matches = []
    for term in terms:
        spellings = [s.strip() for s in term.split("|") if s.strip()]
        alternatives = "|".join(
            _spelling_pattern(s) for s in sorted(spellings, key=len, reverse=True)
        )
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?:s|es|ed|ing)?(?!\w)", re.IGNORECASE)
        spans = tuple(m.span() for m in pattern.finditer(text))
        matches.append(TermMatch(spellings[0] if spellings else term, spans))
    return matches


def _spelling_pattern(spelling: str) -> str:
    pattern = re.escape(spelling).replace(r"\ ", r"[\s-]+")
    if spelling[-1:].lower() == "y" and len(spelling) > 2:
        pattern = pattern[:-1] + "(?:y|ie)"  # penalty -> penalties
    return pattern
