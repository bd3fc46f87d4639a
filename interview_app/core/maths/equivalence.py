"""Is an answer equivalent to the expected expression? Runs inside the checker process.

Random points first (a disagreement is a certain "no"), then sympy's simplification. Points
are drawn from a seeded generator so a check is repeatable.
"""

from __future__ import annotations

import random
import signal
import threading
from dataclasses import dataclass, field
from typing import Any

import mpmath
import sympy

from interview_app.core.maths.lexer import MathSyntaxError
from interview_app.core.maths.parser import Sigmoid, make_symbols, parse, plain_text

TOLERANCE = 1e-20  # relative, at 50 significant digits
DIGITS = 50
MIN_AGREED = 10  # points where both sides are real and agree, for a "yes" without a proof
SCALES = ((0.05, 1.0, 12), (1.0, 4.0, 10), (4.0, 40.0, 6), (40.0, 5000.0, 6))
_EDGES = (sympy.Abs, sympy.Max, sympy.Min, sympy.Heaviside, sympy.sign)


@dataclass(frozen=True)
class Spec:
    """What an answer is compared with; a plain-data description, sent to the checker process."""

    expected: str
    variables: tuple[str, ...]
    positive: bool = False
    form: str = ""  # "", "factored" or "expanded"
    must_use: tuple[str, ...] = ()  # function names the answer must contain, e.g. ("sigmoid",)
    mistakes: tuple[tuple[str, str], ...] = field(default=())  # (expression, feedback)
    tolerance: float = 0.0  # > 0: a decimal answer within this relative error is accepted

    def to_json(self) -> dict[str, Any]:
        return {
            "expected": self.expected, "variables": list(self.variables), "positive": self.positive,
            "form": self.form, "must_use": list(self.must_use), "mistakes": [list(m) for m in self.mistakes],
            "tolerance": self.tolerance,
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Spec:
        return cls(
            expected=str(data["expected"]), variables=tuple(data["variables"]),
            positive=bool(data.get("positive")), form=str(data.get("form", "")),
            must_use=tuple(data.get("must_use", ())),
            mistakes=tuple((str(e), str(f)) for e, f in data.get("mistakes", ())),
            tolerance=float(data.get("tolerance", 0.0)),
        )  # fmt: skip


def _ready(expr: sympy.Expr) -> sympy.Expr:
    return expr.rewrite(sympy.exp) if expr.has(Sigmoid) else expr


def _edges(exprs: list[sympy.Expr]) -> list[sympy.Expr]:
    """Expressions whose zeros are kinks, branch points or domain edges."""
    found: list[sympy.Expr] = []
    for expr in exprs:
        for node in sympy.preorder_traversal(expr):
            if isinstance(node, sympy.Abs | sympy.Heaviside | sympy.sign | sympy.log):
                found.append(node.args[0])
            elif isinstance(node, sympy.Max | sympy.Min):
                found += [a - b for a, b in zip(node.args, node.args[1:], strict=False)]
            elif isinstance(node, sympy.Pow) and not node.exp.is_integer:
                found.append(node.base)
            elif isinstance(node, sympy.Piecewise):
                for _, condition in node.args:
                    if isinstance(condition, sympy.core.relational.Relational):
                        found.append(condition.lhs - condition.rhs)
    return list(dict.fromkeys(found))[:10]


def _real_roots(edge: sympy.Expr, symbol: sympy.Symbol) -> list[float]:
    numerator, denominator = sympy.together(edge).as_numer_denom()
    roots: list[float] = []
    for part in (numerator, denominator):
        try:
            poly = sympy.Poly(part, symbol)
        except sympy.PolynomialError:
            continue
        if 1 <= poly.degree() <= 4 and all(c.is_number for c in poly.all_coeffs()):
            for root in poly.nroots(n=15):
                if abs(sympy.im(root)) < 1e-12:
                    roots.append(float(sympy.re(root)))
    return roots


def _points(
    symbols: list[sympy.Symbol], positive: bool, edges: list[sympy.Expr], seed: int
) -> list[dict[sympy.Symbol, Any]]:
    """Several scales, both signs, and both sides of every kink and domain edge."""
    rng = random.Random(seed)
    points = []
    for low, high, count in SCALES:
        for _ in range(count):
            sign = (lambda: 1) if positive else (lambda: rng.choice((-1, 1)))
            points.append({s: sign() * rng.uniform(low, high) for s in symbols})
    base = {s: rng.uniform(0.3, 2.0) for s in symbols}
    for edge in edges:
        for symbol in edge.free_symbols & set(symbols):
            others = {s: v for s, v in base.items() if s != symbol}
            for root in _real_roots(edge.subs(others), symbol):
                for step in (1e-3, 0.25, 2.0, 30.0):
                    for value in (root - step * max(1, abs(root)), root + step * max(1, abs(root))):
                        if not positive or value > 0:
                            points.append({**others, symbol: value})
    return points


def _compile(expr: sympy.Expr, symbols: list[sympy.Symbol]) -> Any:
    return sympy.lambdify(symbols, _ready(expr), modules="mpmath")


def _value(function: Any, values: list[Any]) -> Any:
    try:
        value = mpmath.mpc(function(*values))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError):
        return None
    return value if mpmath.isfinite(value) else None


def _is_real(value: Any) -> bool:
    return abs(value.imag) <= TOLERANCE * max(1, abs(value))


def samples(
    a: sympy.Expr, b: sympy.Expr, symbols: list[sympy.Symbol], positive: bool
) -> list[tuple[Any, Any]]:
    """(answer, expected) value pairs at the points where the expected value is real."""
    mpmath.mp.dps = DIGITS
    fa, fb = _compile(a, symbols), _compile(b, symbols)
    pairs = []
    for point in _points(symbols, positive, _edges([a, b]), seed=20260314):
        values = [mpmath.mpf(repr(point[s])) for s in symbols]
        vb = _value(fb, values)
        if vb is None or not _is_real(vb):
            continue
        pairs.append((_value(fa, values), vb))
    return pairs


def numerically_equal(
    a: sympy.Expr, b: sympy.Expr, symbols: list[sympy.Symbol], positive: bool
) -> bool | None:
    """False on a clear difference, True when enough points agree, None with too few points.

    Points where the answer is not real (a domain narrower than the expected one's, as with
    log(a) + log(b) for log(a*b)) are skipped, unless they are most of them."""
    pairs = samples(a, b, symbols, positive)
    agreed = skipped = 0
    for va, vb in pairs:
        if va is None or not _is_real(va):
            skipped += 1
            continue
        if abs(va - vb) > TOLERANCE * max(1, abs(va), abs(vb)):
            return False
        agreed += 1
    if pairs and skipped > len(pairs) // 2 + 1:
        return False
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


def equivalent(a: sympy.Expr, b: sympy.Expr, symbols: list[sympy.Symbol], positive: bool) -> bool:
    """True when sympy proves a == b, or, without a proof, when strong sampling agrees.

    A difference sympy reduces to a non-zero constant is a "no" whatever the samples say;
    so is a difference seen at a point where both sides are real."""
    if a == b:
        return True
    difference = sympy.expand(_ready(a) - _ready(b))
    if difference == 0:
        return True
    if _nonzero_constant(difference):
        return False
    numeric = numerically_equal(a, b, symbols, positive)
    if numeric is False:
        return False
    simplified = _bounded_simplify(difference, SIMPLIFY_BUDGET_S)
    if simplified is not None and (simplified == 0 or _nonzero_constant(simplified)):
        return simplified == 0
    return bool(numeric)


def decimal_distance(
    a: sympy.Expr, b: sympy.Expr, symbols: list[sympy.Symbol], positive: bool
) -> float | None:
    """The largest relative difference between answer and expected over the sample points."""
    pairs = [(va, vb) for va, vb in samples(a, b, symbols, positive) if va is not None]
    if not pairs:
        return None
    return max(float(abs(va - vb) / max(1, abs(vb))) for va, vb in pairs)


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
    expected_parsed = parse(spec.expected, symbols_map, trusted=True)
    expected = expected_parsed.expr
    try:
        parsed = parse(text, symbols_map)
    except MathSyntaxError as exc:
        return {"verdict": "invalid", "parsed": "", "message": str(exc)}
    answer = parsed.expr
    if not equivalent(answer, expected, symbols, spec.positive):
        if parsed.decimal and not expected_parsed.decimal:
            verdict = _decimal_verdict(spec, answer, expected, expected_parsed.text, symbols)
            if verdict:
                return {**verdict, "parsed": parsed.text}
        for mistake, feedback in spec.mistakes:
            if equivalent(
                answer, parse(mistake, symbols_map, trusted=True).expr, symbols, spec.positive
            ):
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


def _decimal_verdict(
    spec: Spec, answer: sympy.Expr, expected: sympy.Expr, shown: str, symbols: list[sympy.Symbol]
) -> dict[str, str] | None:
    """A decimal answer close to an exact expected value: accepted within the question's
    tolerance, else named as an approximation."""
    distance = decimal_distance(answer, expected, symbols, spec.positive)
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
