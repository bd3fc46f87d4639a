"""The bank's schema: which fields each question kind takes, and how each is checked.

A checker takes the raw TOML value and returns the converted value, or raises FieldError.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from interview_app.core.bank.model import (
    DEFAULT_TARGET_SECONDS,
    ChoiceQuestion,
    ConceptQuestion,
    DesignQuestion,
    MathQuestion,
    Mistake,
    NumericQuestion,
    Question,
    RubricSignal,
)
from interview_app.core.vocab import Difficulty, Kind

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_TEXT = 20_000


class FieldError(ValueError):
    """A field's value is wrong; the message says how, without naming the field."""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise FieldError(f"must be a string (got {type(value).__name__})")
    if not value.strip():
        raise FieldError("must not be empty")
    if len(value) > MAX_TEXT:
        raise FieldError(f"is longer than {MAX_TEXT} characters")
    return value.strip()


def _identifier(value: Any) -> str:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise FieldError(
            f"must be lowercase words joined by hyphens, like 'opt-adam' (got {value!r})"
        )
    return value


def _string_list(min_len: int, max_len: int) -> Callable[[Any], tuple[str, ...]]:
    def check(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise FieldError(f"must be a list of strings (got {type(value).__name__})")
        items = []
        for i, item in enumerate(value):
            try:
                items.append(_text(item))
            except FieldError as exc:
                raise FieldError(f"item {i} {exc}") from None
        if not min_len <= len(items) <= max_len:
            raise FieldError(f"must have {min_len} to {max_len} items (got {len(items)})")
        return tuple(items)

    return check


def _enum(enum: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise FieldError(f"must be one of {allowed} (got {value!r})") from None

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(f"must be true or false (got {value!r})")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(f"must be a number (got {value!r})")
    if not math.isfinite(value):
        raise FieldError("must be a finite number")
    return float(value)


def _tolerance(value: Any) -> float:
    number = _number(value)
    if number < 0:
        raise FieldError(f"must not be negative (got {value!r})")
    return number


def _seconds(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 5 <= value <= 7200:
        raise FieldError(f"must be a whole number of seconds from 5 to 7200 (got {value!r})")
    return value


def _indices(value: Any) -> frozenset[int]:
    if not isinstance(value, list) or not value:
        raise FieldError("must be a non-empty list of 0-based option indices")
    if any(isinstance(i, bool) or not isinstance(i, int) for i in value):
        raise FieldError(f"must hold whole numbers only (got {value!r})")
    if len(set(value)) != len(value):
        raise FieldError(f"lists an index twice (got {value!r})")
    return frozenset(value)


def _variables(value: Any) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", v) for v in value)
    ):
        raise FieldError('must be a non-empty list of variable names, like ["x", "w"]')
    return tuple(value)


def _form(value: Any) -> str:
    if value not in ("", "factored", "expanded"):
        raise FieldError(f'must be "factored" or "expanded" (got {value!r})')
    return value


def _domains(value: Any) -> tuple[tuple[str, str], ...]:
    from interview_app.core.maths.domains import DOMAINS

    allowed = ", ".join(f'"{d}"' for d in DOMAINS)
    if not isinstance(value, dict) or not value:
        raise FieldError(
            f'must be a table of variable = domain, like {{ x = "positive" }} ({allowed})'
        )
    for name, domain in value.items():
        if domain not in DOMAINS:
            raise FieldError(f"gives {name} the domain {domain!r}; the domains are {allowed}")
    return tuple(value.items())


def _mistakes(value: Any) -> tuple[Mistake, ...]:
    if not isinstance(value, list) or not all(isinstance(m, dict) for m in value):
        raise FieldError("must be a list of tables with answer and feedback")
    out = []
    for n, item in enumerate(value):
        if set(item) != {"answer", "feedback"}:
            raise FieldError(f"item {n} needs exactly the keys answer and feedback")
        out.append(Mistake(_text(item["answer"]), _text(item["feedback"])))
    return tuple(out)


def _rubric(value: Any) -> tuple[RubricSignal, ...]:
    if not isinstance(value, list) or not 3 <= len(value) <= 8:
        raise FieldError("must be a list of 3 to 8 signal tables")
    out = []
    for n, item in enumerate(value):
        if not isinstance(item, dict) or set(item) != {"signal", "levels"}:
            raise FieldError(f"item {n} needs exactly the keys signal and levels")
        levels = item["levels"]
        if not isinstance(levels, list) or len(levels) != 4:
            raise FieldError(
                f"item {n}: levels must list 4 descriptions, from weak (1) to strong (4)"
            )
        out.append(RubricSignal(_text(item["signal"]), tuple(_text(level) for level in levels)))
    return tuple(out)


@dataclass(frozen=True)
class Spec:
    check: Callable[[Any], Any]
    required: bool = True


COMMON: dict[str, Spec] = {
    "id": Spec(_identifier),
    "topic": Spec(_identifier),
    "kind": Spec(_enum(Kind)),
    "difficulty": Spec(_enum(Difficulty)),
    "tags": Spec(_string_list(0, 12)),
    "prompt": Spec(_text),
    "answer": Spec(_text),
    "title": Spec(_text, required=False),
    "hint": Spec(_text, required=False),
    "target_seconds": Spec(_seconds, required=False),
}

BY_KIND: dict[Kind, tuple[type[Question], dict[str, Spec]]] = {
    Kind.CONCEPT: (
        ConceptQuestion,
        {
            "key_points": Spec(_string_list(2, 8)),
            "key_terms": Spec(_string_list(0, 20), required=False),
        },
    ),
    Kind.CHOICE: (
        ChoiceQuestion,
        {
            "options": Spec(_string_list(2, 8)),
            "correct": Spec(_indices),
            "multiple": Spec(_boolean, required=False),
            "shuffle": Spec(_boolean, required=False),
        },
    ),
    Kind.NUMERIC: (
        NumericQuestion,
        {
            "value": Spec(_number),
            "abs_tol": Spec(_tolerance, required=False),
            "rel_tol": Spec(_tolerance, required=False),
            "unit": Spec(_text, required=False),
        },
    ),
    Kind.DESIGN: (
        DesignQuestion,
        {
            "sections": Spec(_string_list(2, 8), required=False),
            "rubric": Spec(_rubric),
        },
    ),
    Kind.MATH: (
        MathQuestion,
        {
            "expected": Spec(_text),
            "variables": Spec(_variables),
            "positive": Spec(_boolean, required=False),
            "tolerance": Spec(_tolerance, required=False),
            "form": Spec(_form, required=False),
            "must_use": Spec(_string_list(0, 4), required=False),
            "accept": Spec(_string_list(0, 12), required=False),
            "mistakes": Spec(_mistakes, required=False),
            "domains": Spec(_domains, required=False),
        },
    ),
}


def cross_check(kind: Kind, fields: dict[str, Any]) -> tuple[str, str] | None:
    """Rules that span fields; returns (field, message) for the first broken one."""
    if kind is Kind.CHOICE:
        options, correct = fields["options"], fields["correct"]
        out_of_range = sorted(i for i in correct if not 0 <= i < len(options))
        if out_of_range:
            return "correct", f"index {out_of_range[0]} is out of range for {len(options)} options"
        if len(correct) > 1 and fields.get("multiple") is False:
            return "multiple", "is false but several options are correct"
        if len(set(options)) != len(options):
            return "options", "has two identical options"
    if kind is Kind.NUMERIC and fields.get("abs_tol") is None and fields.get("rel_tol") is None:
        return "abs_tol", "a numeric question needs abs_tol or rel_tol"
    if kind is Kind.MATH:
        from interview_app.core.maths.lexer import MathSyntaxError, tokenize

        names = frozenset(fields["variables"])
        undeclared = [v for v, _ in fields.get("domains", ()) if v not in names]
        if undeclared:
            return "domains", f"names {undeclared[0]!r}, which is not in variables"
        texts = [("expected", fields["expected"])] + [
            ("accept", a) for a in fields.get("accept", ())
        ]
        texts += [("mistakes", m.answer) for m in fields.get("mistakes", ())]
        for field_name, text in texts:
            try:
                tokenize(text, names)
            except MathSyntaxError as exc:
                return field_name, f"{text!r} cannot be read: {exc}"
    return None


def build(kind: Kind, fields: dict[str, Any]) -> Question:
    """Turn checked fields into a question object, filling defaults."""
    cls = BY_KIND[kind][0]
    values = dict(fields)
    values.setdefault("target_seconds", DEFAULT_TARGET_SECONDS[kind])
    if kind is Kind.CHOICE:
        values["multiple"] = values.get("multiple", len(values["correct"]) > 1)
    return cls(**values)
