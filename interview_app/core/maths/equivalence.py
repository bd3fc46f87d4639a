"""Is an answer equivalent to the expected expression? Runs inside the checker process.

sympy first (a difference it reduces to zero, to a non-zero constant, or to a non-zero rational
function decides), then sample points inside the variables' domains (a confirmed difference is
a certain "no"), then sympy's simplification within a time budget.
"""

from __future__ import annotations

import signal
import threading
from dataclasses import dataclass, field
from typing import Any

import sympy

from interview_app.core.maths.lexer import MathSyntaxError
from interview_app.core.maths.parser import Sigmoid, make_symbols, parse, plain_text
from interview_app.core.maths.sampling import (
    Confirmer,
    differ,
    is_real,
    ready,
    samples,
    working_digits,
)

MIN_AGREED = 10  # points where both sides are real and agree, for a "yes" without a proof


@dataclass(frozen=True)
class Spec:
    """What an answer is compared with; a plain-data description, sent to the checker process."""

    expected: str
    variables: tuple[str, ...]
    positive: bool = False  # the domain of every variable `domains` does not name
    form: str = ""  # "", "factored" or "expanded"
    must_use: tuple[str, ...] = ()  # function names the answer must contain, e.g. ("sigmoid",)
    mistakes: tuple[tuple[str, str], ...] = field(default=())  # (expression, feedback)
    tolerance: float = 0.0  # > 0: a decimal answer within this relative error is accepted
    domains: tuple[tuple[str, str], ...] = ()  # (variable, domain), see `domains.DOMAINS`

    def to_json(self) -> dict[str, Any]:
        return {
            "expected": self.expected, "variables": list(self.variables), "positive": self.positive,
            "form": self.form, "must_use": list(self.must_use), "mistakes": [list(m) for m in self.mistakes],
            "tolerance": self.tolerance, "domains": dict(self.domains),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Spec:
        return cls(
            expected=str(data["expected"]), variables=tuple(data["variables"]),
            positive=bool(data.get("positive")), form=str(data.get("form", "")),
            must_use=tuple(data.get("must_use", ())),
            mistakes=tuple((str(e), str(f)) for e, f in data.get("mistakes", ())),
            tolerance=float(data.get("tolerance", 0.0)),
            domains=tuple((str(k), str(v)) for k, v in dict(data.get("domains", {})).items()),
        )  # fmt: skip

    def domain_of(self, name: str) -> str:
        return dict(self.domains).get(name, "positive" if self.positive else "real")


@dataclass(frozen=True)
class Where:
    """The variables and the domain a comparison runs on. `strict` (domains declared by the
    question): the answer must be real wherever the expected one is; otherwise points where
    only the answer is not real are skipped, as for 2 log(a) + log(b) against log(a^2 b)."""

    symbols: list[sympy.Symbol]
    domains: list[str]
    strict: bool = False


def numerically_equal(
    a: sympy.Expr, b: sympy.Expr, where: Where, difference: sympy.Expr | None = None
) -> bool | None:
    """False on a clear difference, True when enough points agree, None with too few points.

    Only points where the expected value is real count; a difference is confirmed at a
    higher precision before it decides, so rounding in large intermediate values is not one."""
    digits = working_digits(a, b)
    if difference is None:
        difference = sympy.expand(ready(a) - ready(b))
    confirmer = Confirmer(difference, where.symbols, digits)
    for rounds in (1, 4):
        agreed = skipped = 0
        pairs = samples(a, b, where.symbols, where.domains, rounds, digits)
        for va, vb, at in pairs:
            if va is None or not (where.strict or is_real(va, digits)):
                skipped += 1  # undefined here only, or (not declared) real on less
                continue
            apart = not is_real(va, digits) or differ(va, vb, digits)
            if apart or confirmer.flags(at):
                verdict = confirmer.verdict(at)
                if verdict == "differ":
                    return False
                if verdict == "unknown" and apart:
                    skipped += 1
                    continue
            agreed += 1
        if agreed >= MIN_AGREED or not skipped:
            break
    if pairs and agreed * 8 < len(pairs):
        return False  # real on too little of the expected answer's domain to be the same
    return True if agreed >= min(MIN_AGREED, max(4, len(pairs))) else None


SIMPLIFY_BUDGET_S = 1.0


class _OutOfTime(Exception):
    pass


def _bounded_simplify(expr: sympy.Expr, budget_s: float) -> sympy.Expr | None:
    """sympy.simplify within `budget_s` seconds (None when out of time); the budget needs
    SIGALRM in the main thread, as in the checker process, else simplify runs unbounded."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        return sympy.simplify(expr)

    def _stop(signum: int, frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, budget_s)
    try:
        return sympy.simplify(expr)
    except _OutOfTime:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _nonzero_constant(difference: sympy.Expr) -> bool:
    if difference.free_symbols:
        return False
    value = sympy.N(difference, 30)
    return bool(value.is_number and value != 0)


def _rational_difference(difference: sympy.Expr, symbols: list[sympy.Symbol]) -> bool | None:
    """For a rational function of the variables, whether it is identically zero (exact
    arithmetic, so x/10^100 is not zero); None for anything else."""
    if not difference.is_rational_function(*symbols):
        return None
    return sympy.cancel(sympy.together(difference)) == 0


def equivalent(a: sympy.Expr, b: sympy.Expr, where: Where) -> bool:
    """True when sympy proves a == b, or, without a proof, when strong sampling agrees.

    A difference sympy reduces to a non-zero constant or a non-zero rational function is a
    "no" whatever the samples say; so is a confirmed difference at a point where the expected
    side is real."""
    if a == b:
        return True
    difference = sympy.expand(ready(a) - ready(b))
    if difference == 0:
        return True
    if _nonzero_constant(difference):
        return False
    exact = _rational_difference(difference, where.symbols)
    if exact is not None:
        return exact
    numeric = numerically_equal(a, b, where, difference)
    if numeric is False:
        return False
    simplified = _bounded_simplify(difference, SIMPLIFY_BUDGET_S)
    if simplified is not None:
        if simplified == 0 or _nonzero_constant(simplified):
            return simplified == 0
        exact = _rational_difference(simplified, where.symbols)
        if exact is not None:
            return exact
    return bool(numeric)


def decimal_distance(a: sympy.Expr, b: sympy.Expr, where: Where) -> float | None:
    """The largest relative difference between answer and expected over the sample points."""
    pairs = [
        (va, vb) for va, vb, _ in samples(a, b, where.symbols, where.domains) if va is not None
    ]
    if not pairs:
        return None
    return max(float(abs(va - vb) / max(1, abs(vb))) for va, vb in pairs)


def _hint(answer: sympy.Expr, expected: sympy.Expr, where: Where) -> str:
    if equivalent(-answer, expected, where):
        return "Check the sign: your answer is the negative of the expected one."
    ratio = sympy.simplify(ready(answer) / ready(expected)) if expected != 0 else None
    if ratio is not None and ratio.is_number and ratio not in (0, 1) and ratio.is_finite:
        return f"Your answer is off by a constant factor ({plain_text(ratio)})."
    return ""


def check(spec: Spec, text: str) -> dict[str, Any]:
    """The verdict for one answer, as contract-shaped JSON data (without duration)."""
    symbols_map = make_symbols(spec.variables, spec.positive, dict(spec.domains))
    where = Where(
        list(symbols_map.values()),
        [spec.domain_of(name) for name in symbols_map],
        strict=bool(spec.domains),
    )
    expected_parsed = parse(spec.expected, symbols_map, trusted=True)
    expected = expected_parsed.expr
    try:
        parsed = parse(text, symbols_map)
    except MathSyntaxError as exc:
        return {"verdict": "invalid", "parsed": "", "message": str(exc)}
    answer = parsed.expr
    if not equivalent(answer, expected, where):
        if parsed.decimal and not expected_parsed.decimal:
            verdict = _decimal_verdict(spec, answer, expected, expected_parsed.text, where)
            if verdict:
                return {**verdict, "parsed": parsed.text}
        for mistake, feedback in spec.mistakes:
            if equivalent(answer, parse(mistake, symbols_map, trusted=True).expr, where):
                return {"verdict": "incorrect", "parsed": parsed.text, "message": feedback}
        hint = _hint(answer, expected, where)
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


def _decimal_verdict(
    spec: Spec, answer: sympy.Expr, expected: sympy.Expr, shown: str, where: Where
) -> dict[str, str] | None:
    """A decimal answer close to an exact expected value: accepted within the question's
    tolerance, else named as an approximation."""
    distance = decimal_distance(answer, expected, where)
    if distance is None:
        return None
    if spec.tolerance > 0 and distance <= spec.tolerance:
        return {"verdict": "correct", "message": "Within the question's tolerance."}
    if distance <= 1e-3:
        return {
            "verdict": "incorrect",
            "message": f"A decimal approximation of {shown}; the exact form is expected.",
        }
    return None


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
