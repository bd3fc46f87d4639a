"""Tokens -> a sympy expression, built only from a whitelist. Nothing is evaluated as Python:
the token stream is written out as a Python-syntax string only to use `ast` for precedence,
and the tree is walked node by node. Sizes, nesting, numbers and exponents are bounded."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

import sympy

from interview_app.core.maths.domains import assumptions
from interview_app.core.maths.lexer import MathSyntaxError, Token, tokenize

MAX_DEPTH = 30
MAX_NODES = 300
MAX_INTEGER = 10**12
MAX_EXPONENT = 100
MAX_TOWER = 2


class Sigmoid(sympy.Function):
    """σ(x) = 1 / (1 + e^(−x)); kept as σ for display, rewritten to exp for checking."""

    nargs = 1

    def _eval_rewrite_as_exp(self, x: sympy.Expr, **kwargs: object) -> sympy.Expr:
        return 1 / (1 + sympy.exp(-x))

    def fdiff(self, argindex: int = 1) -> sympy.Expr:
        return Sigmoid(self.args[0]) * (1 - Sigmoid(self.args[0]))

    def _latex(self, printer: object) -> str:
        return rf"\sigma\left({printer._print(self.args[0])}\right)"  # type: ignore[attr-defined]

    def _pretty(self, printer: object) -> object:
        return printer._print_Function(self, func_name="σ")  # type: ignore[attr-defined]

    def _sympystr(self, printer: object) -> str:
        return f"sigma({printer._print(self.args[0])})"  # type: ignore[attr-defined]


def _relu(x: sympy.Expr) -> sympy.Expr:
    return sympy.Max(0, x)


FUNCTIONS = {
    "exp": sympy.exp, "log": sympy.log, "sqrt": sympy.sqrt, "sin": sympy.sin, "cos": sympy.cos,
    "tan": sympy.tan, "tanh": sympy.tanh, "sinh": sympy.sinh, "cosh": sympy.cosh,
    "abs": sympy.Abs, "sigmoid": Sigmoid, "relu": _relu, "asin": sympy.asin,
    "acos": sympy.acos, "atan": sympy.atan, "sec": sympy.sec, "csc": sympy.csc,
    "cot": sympy.cot, "asinh": sympy.asinh, "acosh": sympy.acosh, "atanh": sympy.atanh,
    "log10": lambda x: sympy.log(x, 10),
}  # fmt: skip
CONSTANTS = {"E": sympy.E, "pi": sympy.pi}


@dataclass(frozen=True)
class Parsed:
    expr: sympy.Expr
    text: str  # how it was read, in plain text with ^ for powers, numbers as typed
    tree: ast.AST | None = None  # the reading, for display (see `display`)
    numbers: tuple[str, ...] = ()  # the numbers as typed, by placeholder index
    decimal: bool = False  # a number was typed with a decimal point or an exponent


def make_symbols(
    variables: list[str] | tuple[str, ...],
    positive: bool = False,
    domains: Mapping[str, str] | None = None,
) -> dict[str, sympy.Symbol]:
    """Real symbols; `domains` names a variable's domain (see `domains.DOMAINS`), and
    `positive` is the domain of the variables it does not name."""
    domains = domains or {}
    fallback = "positive" if positive else "real"
    return {
        name: sympy.Symbol(name, **assumptions(domains.get(name, fallback))) for name in variables
    }


def plain_text(expr: sympy.Expr) -> str:
    return sympy.sstr(expr).replace("**", "^")


def parse(text: str, symbols: dict[str, sympy.Symbol], trusted: bool = False) -> Parsed:
    """The expression `text` denotes, or MathSyntaxError saying what is wrong and where.

    `trusted` (an expected answer from the bank) lifts the limit on integer size."""
    tokens = tokenize(text, frozenset(symbols))
    numbers = tuple(t.text for t in tokens if t.kind == "number")
    source, starts = _python_source(tokens)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        offset = (exc.offset or 1) - 1
        index = max((i for i, s in enumerate(starts) if s <= offset), default=0)
        position = tokens[min(index, len(tokens) - 1)].position
        raise MathSyntaxError("this is not a complete expression", position) from None
    builder = _Builder(symbols, numbers, trusted)
    expr = builder.build(tree.body, 0)
    from interview_app.core.maths.display import as_text

    decimal = any(("." in n or "e" in n.lower()) for n in numbers)
    return Parsed(expr, as_text(tree.body, numbers), tree.body, numbers, decimal)


def _python_source(tokens: list[Token]) -> tuple[str, list[int]]:
    parts, starts, length, count = [], [], 0, 0
    for token in tokens:
        if token.kind == "number":
            piece, count = f"n_{count}", count + 1
        elif token.kind == "name":
            piece = f"v_{token.text}"
        elif token.kind == "function":
            piece = f"f_{token.text}"
        elif token.kind == "constant":
            piece = f"c_{token.text}"
        elif token.text == "^":
            piece = "**"
        else:
            piece = token.text
        starts.append(length)
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts), starts


class _Builder:
    def __init__(
        self, symbols: dict[str, sympy.Symbol], numbers: tuple[str, ...], trusted: bool
    ) -> None:
        self.symbols, self.numbers, self.trusted = symbols, numbers, trusted
        self.nodes = 0

    def build(self, node: ast.AST, depth: int, tower: int = 0) -> sympy.Expr:
        self.nodes += 1
        if depth > MAX_DEPTH:
            raise MathSyntaxError("the expression is nested too deeply")
        if self.nodes > MAX_NODES:
            raise MathSyntaxError("the expression is too long")
        if isinstance(node, ast.Constant):
            raise MathSyntaxError("only numbers are allowed as constants")
        if isinstance(node, ast.Name):
            return self._name(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            value = self.build(node.operand, depth + 1, tower)
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.BinOp):
            return self._binary(node, depth, tower)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id.startswith("f_")
        ):
            name = node.func.id[2:]
            if name == "log" and len(node.args) == 2 and not node.keywords:
                value, base = (self.build(a, depth + 1) for a in node.args)
                return sympy.log(value) / sympy.log(base)
            if name in ("max", "min") and len(node.args) >= 2 and not node.keywords:
                values = [self.build(a, depth + 1) for a in node.args]
                return (sympy.Max if name == "max" else sympy.Min)(*values)
            if len(node.args) != 1 or node.keywords:
                extra = " (or log(x, b) for base b)" if name == "log" else ""
                raise MathSyntaxError(f"{name}() takes exactly one argument{extra}")
            return FUNCTIONS[name](self.build(node.args[0], depth + 1))
        raise MathSyntaxError(
            "this is not allowed in an answer (use numbers, variables, + - * / ^ and functions)"
        )

    def _number(self, text: str) -> sympy.Expr:
        """Exactly the number typed: 0.333 is 333/1000, never snapped to a nearby fraction."""
        value = Fraction(text)
        if not self.trusted and (abs(value) > MAX_INTEGER or len(text) > 40):
            raise MathSyntaxError(
                "that number is too large; write it with a power of ten, e.g. 3*10^12"
            )
        return sympy.Rational(value.numerator, value.denominator)

    def _name(self, identifier: str) -> sympy.Expr:
        kind, _, name = identifier.partition("_")
        if kind == "n":
            return self._number(self.numbers[int(name)])
        if kind == "v" and name in self.symbols:
            return self.symbols[name]
        if kind == "c" and name in CONSTANTS:
            return CONSTANTS[name]
        raise MathSyntaxError("a function name must be followed by its argument in parentheses")

    def _binary(self, node: ast.BinOp, depth: int, tower: int) -> sympy.Expr:
        if isinstance(node.op, ast.Pow):
            if tower >= MAX_TOWER:
                raise MathSyntaxError(f"powers of powers are limited to {MAX_TOWER} levels")
            base = self.build(node.left, depth + 1, tower)
            exponent = self.build(node.right, depth + 1, tower + 1)
            if exponent.is_number and (
                not exponent.is_finite or abs(sympy.N(exponent, 5)) > MAX_EXPONENT
            ):
                raise MathSyntaxError(f"exponents are limited to ±{MAX_EXPONENT}")
            if base.is_number and exponent.is_number and base == 0 and exponent.is_negative:
                raise MathSyntaxError("division by zero")
            return sympy.Pow(base, exponent)
        left, right = (
            self.build(node.left, depth + 1, tower),
            self.build(node.right, depth + 1, tower),
        )
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Div):
            if right == 0:
                raise MathSyntaxError("division by zero")
            return left / right
        raise MathSyntaxError("only + - * / and ^ are allowed")
