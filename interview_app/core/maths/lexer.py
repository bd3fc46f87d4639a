"""Reading maths text into tokens, with implied multiplication made explicit.

No sympy here and nothing evaluated: the tokens go to `parser`, which builds the expression
from a whitelist.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_LENGTH = 400
MAX_TOKENS = 250

FUNCTIONS = {
    "exp": "exp", "log": "log", "ln": "log", "sqrt": "sqrt", "sin": "sin", "cos": "cos",
    "tan": "tan", "tanh": "tanh", "sinh": "sinh", "cosh": "cosh", "abs": "abs",
    "sigmoid": "sigmoid", "sigma": "sigmoid", "σ": "sigmoid", "relu": "relu", "ReLU": "relu",
    "arcsin": "asin", "arccos": "acos", "arctan": "atan", "asin": "asin", "acos": "acos",
    "atan": "atan", "sec": "sec", "csc": "csc", "cot": "cot", "asinh": "asinh",
    "acosh": "acosh", "atanh": "atanh", "arsinh": "asinh", "arcosh": "acosh",
    "artanh": "atanh", "log10": "log10", "lg": "log10",
    "max": "max", "min": "min",
}  # fmt: skip
POWERED = ("sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "log", "ln")
CONSTANTS = {"e": "E", "pi": "pi", "π": "pi"}
GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "θ": "theta",
    "λ": "lambda", "μ": "mu", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega", "η": "eta",
    "ρ": "rho", "ν": "nu", "ξ": "xi", "κ": "kappa", "ζ": "zeta", "χ": "chi", "ψ": "psi",
}  # fmt: skip
_REPLACE = {
    "\u2212": "-", "\u2013": "-", "\u00d7": "*", "\u22c5": "*", "\u00b7": "*", "\u2217": "*",
    "\u00f7": "/", "\u2044": "/", "**": "^", "\u00b2": "^2", "\u00b3": "^3",
}  # fmt: skip
_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)"
    r"|(?P<name>[^\W\d_][^\W_]*)|(?P<op>[-+*/^(),|])"
)


class MathSyntaxError(ValueError):
    """The text is not a well-formed expression; `position` is 1-based, as users count."""

    def __init__(self, message: str, position: int | None = None) -> None:
        where = f" at position {position}" if position else ""
        super().__init__(message + where)
        self.position = position


@dataclass(frozen=True)
class Token:
    kind: str  # number, name, function, constant, op
    text: str
    position: int  # 1-based, in the normalised text


def normalise(text: str) -> str:
    for old, new in _REPLACE.items():  # before NFKC, which would turn x² into x2
        text = text.replace(old, new)
    text = unicodedata.normalize("NFKC", text) if any(ord(c) > 127 for c in text) else text
    return _rewrite_powers_and_bases(text)


_FUNCTION_POWER = re.compile(r"\b(" + "|".join(POWERED) + r")\s*\^\s*(\d+)\s*\(")
_LOG_BASE = re.compile(r"\blog_\{?(\d+(?:\.\d+)?|[^\W\d_]+)\}?\s*\(")


def _closing(text: str, start: int) -> int:
    """Index of the parenthesis closing the one just before `start`, or -1."""
    depth = 1
    for index in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return -1


def _rewrite_powers_and_bases(text: str) -> str:
    """sin^2(x) is sin(x)^2 and log_b(x) is log(x, b), as people write them."""
    for pattern, build in (
        (_FUNCTION_POWER, lambda m, arg: f"{m.group(1)}({arg})^{m.group(2)}"),
        (_LOG_BASE, lambda m, arg: f"log({arg}, {m.group(1)})"),
    ):
        match = pattern.search(text)
        while match:
            end = _closing(text, match.end())
            if end < 0:
                break
            replacement = build(match, text[match.end() : end])
            text = text[: match.start()] + replacement + text[end + 1 :]
            match = pattern.search(text, match.start() + 1)
    return text


def tokenize(text: str, variables: frozenset[str]) -> list[Token]:
    if "\x00" in text:
        raise MathSyntaxError("the text contains a NUL character", text.index("\x00") + 1)
    if len(text) > MAX_LENGTH:
        raise MathSyntaxError(f"the expression is longer than {MAX_LENGTH} characters")
    text = normalise(text)
    if not text.strip():
        raise MathSyntaxError("type an expression")
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise MathSyntaxError(f"unexpected character {text[pos]!r}", pos + 1)
        kind, value = match.lastgroup, match.group()
        if kind == "name":
            tokens.extend(_names(value, pos + 1, variables))
        elif kind != "space":
            tokens.append(Token(kind, value, pos + 1))
        pos = match.end()
        if len(tokens) > MAX_TOKENS:
            raise MathSyntaxError("the expression is too long")
    tokens = _bars(tokens)
    _check_brackets(tokens)
    return _implied_products(_bare_arguments(tokens))


def _names(word: str, position: int, variables: frozenset[str]) -> list[Token]:
    """A word is a variable, a function, a constant or a Greek letter; an unknown word made
    only of single-letter variables is read as their product ("xy" is x*y)."""
    if word not in FUNCTIONS or GREEK.get(word) in variables:  # σ is a variable where declared
        word = GREEK.get(word, word)
    if word in variables:
        return [Token("name", word, position)]
    if word in FUNCTIONS:
        return [Token("function", FUNCTIONS[word], position)]
    if word in CONSTANTS:
        return [Token("constant", CONSTANTS[word], position)]
    parts = _split(word, variables)
    if parts:
        tokens, offset = [], 0
        for part in parts:
            kind = "name" if part in variables else "constant"
            tokens.append(
                Token(kind, part if kind == "name" else CONSTANTS[part], position + offset)
            )
            offset += len(part)
        return tokens
    known = ", ".join(sorted(variables)) or "none"
    raise MathSyntaxError(f"unknown name `{word}` (variables here: {known})", position)


def _split(word: str, variables: frozenset[str]) -> list[str] | None:
    """`word` as a run of variable names and constants ("wx1" is w·x1, "nSxy" is n·Sxy), longest
    names first; None if it cannot be read that way."""
    if not word:
        return []
    for size in range(len(word), 0, -1):
        head = word[:size]
        if head in variables or (head in CONSTANTS and head not in FUNCTIONS):
            rest = _split(word[size:], variables)
            if rest is not None:
                return [head, *rest]
    return None


def _bars(tokens: list[Token]) -> list[Token]:
    """|x| is abs(x): a bar opens where a value may start and closes where one may end."""
    out: list[Token] = []
    open_bars = 0
    for token in tokens:
        if token.text != "|":
            out.append(token)
            continue
        previous = out[-1] if out else None
        opens = previous is None or (previous.kind == "op" and previous.text != ")")
        if open_bars and not opens:
            out.append(Token("op", ")", token.position))
            open_bars -= 1
        else:
            out += [Token("function", "abs", token.position), Token("op", "(", token.position)]
            open_bars += 1
    if open_bars:
        raise MathSyntaxError("a bar | is not closed; write |x| or abs(x)", tokens[-1].position)
    return out


def _bare_arguments(tokens: list[Token]) -> list[Token]:
    """`sin x` is sin(x) when the argument is one name or number; longer ones need brackets."""
    out: list[Token] = []
    for index, token in enumerate(tokens):
        left = out[-1] if out else None
        if left and left.kind == "function" and token.kind in ("number", "name", "constant"):
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if after is not None and after.text == "^":
                raise MathSyntaxError(
                    f"write {left.text}({token.text}^…) or {left.text}({token.text})^… to say which is meant",
                    token.position,
                )
            out += [Token("op", "(", token.position), token, Token("op", ")", token.position)]
            continue
        out.append(token)
    return out


def _check_brackets(tokens: list[Token]) -> None:
    opened: list[Token] = []
    for token in tokens:
        if token.text == "(":
            opened.append(token)
        elif token.text == ")":
            if not opened:
                raise MathSyntaxError("unexpected closing parenthesis", token.position)
            opened.pop()
    if opened:
        raise MathSyntaxError("missing closing parenthesis for the one opened", opened[-1].position)


def _implied_products(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        if out:
            left = out[-1]
            ends_value = left.kind in ("number", "name", "constant") or left.text == ")"
            starts_value = (
                token.kind in ("number", "name", "constant", "function") or token.text == "("
            )
            if (
                ends_value
                and starts_value
                and not (left.kind == "number" and token.kind == "number")
            ):
                out.append(Token("op", "*", token.position))
            elif left.kind == "function" and token.text != "(":
                raise MathSyntaxError(
                    f"`{left.text}` needs parentheses, like {left.text}(x)", token.position
                )
        out.append(token)
    if out[-1].kind == "function":
        raise MathSyntaxError(
            f"`{out[-1].text}` needs an argument in parentheses", out[-1].position
        )
    return out
