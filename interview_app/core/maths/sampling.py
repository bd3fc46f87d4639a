"""Sample points for comparing two expressions: several scales, inside each variable's domain,
and both sides of every kink, branch point and domain edge. Runs inside the checker process.

Points come from a seeded generator so a check is repeatable; values are exact binary floats
evaluated with mpmath at DIGITS significant digits.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy

from interview_app.core.maths.domains import contains, draw
from interview_app.core.maths.parser import Sigmoid

DIGITS = 50  # significant digits of every evaluation; see `tolerance`
MAX_DIGITS = 2000
SCALES = ((0.05, 1.0, 12), (1.0, 4.0, 10), (4.0, 40.0, 6), (40.0, 5000.0, 6))
SEED = 20260314


def ready(expr: sympy.Expr) -> sympy.Expr:
    return expr.rewrite(sympy.exp) if expr.has(Sigmoid) else expr


def edges(exprs: list[sympy.Expr]) -> list[sympy.Expr]:
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


def points(
    symbols: list[sympy.Symbol],
    domains: list[str],
    kinks: list[sympy.Expr],
    seed: int,
    rounds: int = 1,
) -> list[dict[sympy.Symbol, Any]]:
    """`rounds` times the scales' counts of random points, then both sides of every kink."""
    rng = random.Random(seed)
    out = []
    for low, high, count in SCALES:
        for _ in range(count * rounds):
            out.append({s: draw(d, rng, low, high) for s, d in zip(symbols, domains, strict=True)})
    base = {s: draw(d, rng, 0.3, 0.9) for s, d in zip(symbols, domains, strict=True)}
    domain_of = dict(zip(symbols, domains, strict=True))
    for edge in kinks:
        for symbol in edge.free_symbols & set(symbols):
            others = {s: v for s, v in base.items() if s != symbol}
            for root in _real_roots(edge.subs(others), symbol):
                for step in (1e-3, 0.25, 2.0, 30.0):
                    for value in (root - step * max(1, abs(root)), root + step * max(1, abs(root))):
                        if contains(domain_of[symbol], value):
                            out.append({**others, symbol: value})
    return out


MAX_ARGUMENT = 10**5  # exp(x) beyond it takes unbounded time: the point is skipped


def _bounded(function: Any) -> Any:
    def bounded(x: Any) -> Any:
        if abs(mpmath.re(x)) > MAX_ARGUMENT:
            raise OverflowError
        return function(x)

    return bounded


_GUARDED = {name: _bounded(getattr(mpmath, name)) for name in ("exp", "sinh", "cosh")}


def compile_expr(expr: sympy.Expr, symbols: list[sympy.Symbol]) -> Any:
    return sympy.lambdify(symbols, ready(expr), modules=[_GUARDED, "mpmath"])


def value(function: Any, values: list[Any]) -> Any:
    try:
        result = mpmath.mpc(function(*values))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError):
        return None
    return result if mpmath.isfinite(result) else None


def is_real(number: Any, digits: int = DIGITS) -> bool:
    return abs(number.imag) <= mpmath.mpf(10) ** (30 - digits) * max(1, abs(number))


def differ(va: Any, vb: Any, digits: int) -> bool:
    """A difference worth confirming: beyond rounding in the last 15 of `digits` digits."""
    return abs(va - vb) > mpmath.mpf(10) ** (15 - digits) * max(1, abs(va), abs(vb))


def working_digits(*exprs: sympy.Expr) -> int:
    """DIGITS, plus the decimal size of the largest or smallest exact number in `exprs`, so
    that a term as small as x/10^100 is still seen (capped at MAX_DIGITS)."""
    size = 0
    for expr in exprs:
        for atom in expr.atoms(sympy.Rational):
            size = max(size, abs(atom.p).bit_length(), abs(atom.q).bit_length())
    return min(MAX_DIGITS, DIGITS + int(size * 0.30103) + 1)


def samples(
    a: sympy.Expr,
    b: sympy.Expr,
    symbols: list[sympy.Symbol],
    domains: list[str],
    rounds: int = 1,
    digits: int = DIGITS,
) -> list[tuple[Any, Any, list[Any]]]:
    """(answer, expected, point) at the points where the expected value is real."""
    fa, fb = compile_expr(a, symbols), compile_expr(b, symbols)
    out = []
    with mpmath.workdps(digits):
        for point in points(symbols, domains, edges([a, b]), SEED + rounds, rounds):
            values = [mpmath.mpf(repr(point[s])) for s in symbols]
            vb = value(fb, values)
            if vb is None or not is_real(vb, digits):
                continue
            out.append((value(fa, values), vb, values))
    return out


class Confirmer:
    """Is the difference at a point real, or rounding? The difference `a - b` is evaluated as
    sympy expanded it (common terms cancelled exactly, so exp(x) + relu(x - 100) - exp(x) is
    relu(x - 100)); its rounding is at most its largest term (as in cosh(x)^2 - sinh(x)^2 at
    large x) times 10^-precision, so it is evaluated again with that many more digits, twice:
    a real difference is above that bound and the same at both precisions."""

    def __init__(self, difference: sympy.Expr, symbols: list[sympy.Symbol], digits: int):
        self.digits = digits
        self.fd = compile_expr(difference, symbols)
        nodes = sympy.preorder_traversal(ready(difference))
        terms = [t for n in nodes if n.is_Add for t in n.args]
        self.terms = [compile_expr(t, symbols) for t in list(dict.fromkeys(terms))[:40]]

    def flags(self, at: list[Any]) -> bool:
        """The difference is not plainly zero here (cheap, at the working precision)."""
        with mpmath.workdps(self.digits):
            found = value(self.fd, at)
            return found is None or abs(found) > mpmath.mpf(10) ** (5 - self.digits)

    def _largest(self, at: list[Any]) -> int:
        largest = 0
        for term in (self.fd, *self.terms):
            found = value(term, at)
            if found is None:
                return MAX_DIGITS
            if found != 0:
                largest = max(largest, int(mpmath.log10(abs(found))) + 1)
        return largest

    def verdict(self, at: list[Any]) -> str:
        """ "differ", "agree", or "unknown" (more than MAX_DIGITS digits needed)."""
        with mpmath.workdps(self.digits):
            largest = self._largest(at)
        precision = self.digits + 10 + largest
        if precision > MAX_DIGITS:
            return "unknown"
        found = []
        for working in (precision, 2 * precision):
            with mpmath.workdps(working):
                difference = value(self.fd, at)
                if difference is None:
                    return "unknown"
                found.append(difference)
        with mpmath.workdps(2 * precision):
            bound = mpmath.mpf(10) ** (largest + 15 - precision)
            stable = abs(found[0] - found[1]) <= abs(found[1]) / 10**8
            return "differ" if abs(found[1]) > bound and stable else "agree"
