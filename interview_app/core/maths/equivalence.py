"""Is an answer equivalent to the expected expression? Runs inside the checker process.

Random points first (a disagreement is a certain "no"), then sympy's simplification. Points
are drawn from a seeded generator so a check is repeatable.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import mpmath
import sympy

from interview_app.core.maths.lexer import MathSyntaxError
from interview_app.core.maths.parser import Sigmoid, make_symbols, parse, plain_text

POINTS = 12
TOLERANCE = 1e-9


@dataclass(frozen=True)
class Spec:
    """What an answer is compared with; a plain-data description, sent to the checker process."""

    expected: str
    variables: tuple[str, ...]
    positive: bool = False
    form: str = ""  # "", "factored" or "expanded"
    must_use: tuple[str, ...] = ()  # function names the answer must contain, e.g. ("sigmoid",)
    mistakes: tuple[tuple[str, str], ...] = field(default=())  # (expression, feedback)

    def to_json(self) -> dict[str, Any]:
        return {
            "expected": self.expected, "variables": list(self.variables), "positive": self.positive,
            "form": self.form, "must_use": list(self.must_use), "mistakes": [list(m) for m in self.mistakes],
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Spec:
        return cls(
            expected=str(data["expected"]), variables=tuple(data["variables"]),
            positive=bool(data.get("positive")), form=str(data.get("form", "")),
            must_use=tuple(data.get("must_use", ())),
            mistakes=tuple((str(e), str(f)) for e, f in data.get("mistakes", ())),
        )  # fmt: skip


def _ready(expr: sympy.Expr) -> sympy.Expr:
    return expr.rewrite(sympy.exp) if expr.has(Sigmoid) else expr


def _points(
    symbols: list[sympy.Symbol], positive: bool, seed: int
) -> list[dict[sympy.Symbol, Any]]:
    rng = random.Random(seed)
    low, high = (0.15, 2.5) if positive else (-2.5, 2.5)
    return [{s: mpmath.mpf(rng.uniform(low, high)) for s in symbols} for _ in range(POINTS)]


def numerically_equal(
    a: sympy.Expr, b: sympy.Expr, symbols: list[sympy.Symbol], positive: bool
) -> bool | None:
    """False on a clear difference, True if all usable points agree, None with too few points."""
    mpmath.mp.dps = 30
    fa = sympy.lambdify(symbols, _ready(a), modules="mpmath")
    fb = sympy.lambdify(symbols, _ready(b), modules="mpmath")
    agreed = 0
    for point in _points(symbols, positive, seed=20260314):
        values = [point[s] for s in symbols]
        try:
            va, vb = mpmath.mpc(fa(*values)), mpmath.mpc(fb(*values))
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            continue
        if not (mpmath.isfinite(va) and mpmath.isfinite(vb)):
            continue
        if abs(va - vb) > TOLERANCE * max(1, abs(va), abs(vb)):
            return False
        agreed += 1
    return True if agreed >= 4 else None


def symbolically_equal(a: sympy.Expr, b: sympy.Expr) -> bool:
    difference = sympy.simplify(_ready(a) - _ready(b))
    return difference == 0


def equivalent(a: sympy.Expr, b: sympy.Expr, symbols: list[sympy.Symbol], positive: bool) -> bool:
    numeric = numerically_equal(a, b, symbols, positive)
    if numeric is False:
        return False
    if symbolically_equal(a, b):
        return True
    # Agreement at many random high-precision points where simplify found no proof: equal.
    return bool(numeric)


def _hint(
    answer: sympy.Expr, expected: sympy.Expr, symbols: list[sympy.Symbol], positive: bool
) -> str:
    if equivalent(-answer, expected, symbols, positive):
        return "Check the sign: your answer is the negative of the expected one."
    ratio = sympy.simplify(_ready(answer) / _ready(expected)) if expected != 0 else None
    if ratio is not None and ratio.is_number and ratio not in (0, 1) and ratio.is_finite:
        return f"Your answer is off by a constant factor ({plain_text(ratio)})."
    return ""


def check(spec: Spec, text: str) -> dict[str, Any]:
    """The verdict for one answer, as contract-shaped JSON data (without duration)."""
    symbols_map = make_symbols(spec.variables, spec.positive)
    symbols = list(symbols_map.values())
    expected = parse(spec.expected, symbols_map).expr
    try:
        parsed = parse(text, symbols_map)
    except MathSyntaxError as exc:
        return {"verdict": "invalid", "parsed": "", "message": str(exc)}
    answer = parsed.expr
    if not equivalent(answer, expected, symbols, spec.positive):
        for mistake, feedback in spec.mistakes:
            if equivalent(answer, parse(mistake, symbols_map).expr, symbols, spec.positive):
                return {"verdict": "incorrect", "parsed": parsed.text, "message": feedback}
        hint = _hint(answer, expected, symbols, spec.positive)
        return {
            "verdict": "incorrect",
            "parsed": parsed.text,
            "message": hint or "Not equivalent to the expected answer.",
        }
    problem = _form_problem(spec, answer)
    if problem:
        return {"verdict": "incorrect", "parsed": parsed.text, "message": problem}
    return {
        "verdict": "correct",
        "parsed": parsed.text,
        "message": "Equivalent to the expected answer.",
    }


def _form_problem(spec: Spec, answer: sympy.Expr) -> str:
    for name in spec.must_use:
        function = {"sigmoid": Sigmoid}.get(name) or getattr(sympy, name, None)
        if function is None or not answer.has(function):
            return f"Right value, but write it in terms of {name}(…), as the question asks."
    if (
        spec.form == "factored"
        and sympy.factor(answer) != answer
        and not isinstance(answer, sympy.Mul | sympy.Pow)
    ):
        return "Right value, but the question asks for a factored form."
    if spec.form == "expanded" and sympy.expand(answer) != answer:
        return "Right value, but the question asks for the expanded form."
    return ""
