"""How an answer was read, shown as typed: plain text and HTML built from the parse tree.

The tree is the one `parser` built (names prefixed v_, f_, c_, numbers n_<index>), so the
display follows what was typed: `2(x+1)(x-1)` stays a product and 0.333 stays a decimal.
"""

from __future__ import annotations

import ast
import html

GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "theta": "θ",
    "lambda": "λ", "mu": "μ", "sigma": "σ", "tau": "τ", "phi": "φ", "omega": "ω", "eta": "η",
    "rho": "ρ", "nu": "ν", "xi": "ξ", "kappa": "κ", "zeta": "ζ", "chi": "χ", "psi": "ψ",
    "pi": "π",
}  # fmt: skip
_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2, ast.Pow: 4}
_SYMBOL = {ast.Add: " + ", ast.Sub: " - ", ast.Mult: "*", ast.Div: "/", ast.Pow: "^"}


def _level(node: ast.AST) -> int:
    if isinstance(node, ast.BinOp):
        return _PRECEDENCE[type(node.op)]
    return 3 if isinstance(node, ast.UnaryOp) else 5


def _atom(identifier: str, numbers: tuple[str, ...]) -> tuple[str, str]:
    kind, _, name = identifier.partition("_")
    if kind == "n":
        return "number", numbers[int(name)]
    if kind == "c":
        return "constant", {"E": "e"}.get(name, name)
    return "name", name


def as_text(node: ast.AST, numbers: tuple[str, ...]) -> str:
    """Plain text with ^ for powers and * for products, numbers exactly as typed."""
    if isinstance(node, ast.Name):
        return _atom(node.id, numbers)[1]
    if isinstance(node, ast.UnaryOp):
        inner = as_text(node.operand, numbers)
        inner = f"({inner})" if _level(node.operand) <= 2 else inner
        return ("-" if isinstance(node.op, ast.USub) else "+") + inner
    if isinstance(node, ast.Call):
        name = node.func.id[2:]  # type: ignore[attr-defined]
        args = ", ".join(as_text(a, numbers) for a in node.args)
        return f"{'sigma' if name == 'sigmoid' else name}({args})"
    if isinstance(node, ast.BinOp):
        return _binary_text(node, numbers)
    return "?"


def _binary_text(node: ast.BinOp, numbers: tuple[str, ...]) -> str:
    level = _PRECEDENCE[type(node.op)]
    left, right = as_text(node.left, numbers), as_text(node.right, numbers)
    right_assoc = isinstance(node.op, ast.Pow)
    if _level(node.left) < level or (right_assoc and _level(node.left) <= level):
        left = f"({left})"
    if _level(node.right) < level or (not right_assoc and _level(node.right) == level
                                      and not isinstance(node.op, ast.Add | ast.Mult)):  # fmt: skip
        right = f"({right})"
    is_e = isinstance(node.left, ast.Name) and _atom(node.left.id, numbers) == ("constant", "e")
    if isinstance(node.op, ast.Pow) and is_e:
        return f"exp({as_text(node.right, numbers)})"
    return left + _SYMBOL[type(node.op)] + right


def as_html(node: ast.AST, numbers: tuple[str, ...]) -> str:
    """Rich-text HTML: real superscripts, stacked fractions, Greek letters, ⋅ for products."""
    if isinstance(node, ast.Name):
        text = _atom(node.id, numbers)[1]
        text = GREEK.get(text, text)
        return html.escape(text)
    if isinstance(node, ast.UnaryOp):
        inner = as_html(node.operand, numbers)
        inner = f"({inner})" if _level(node.operand) <= 2 else inner
        return ("−" if isinstance(node.op, ast.USub) else "+") + inner
    if isinstance(node, ast.Call):
        name = node.func.id[2:]  # type: ignore[attr-defined]
        args = [as_html(a, numbers) for a in node.args]
        if name == "sqrt":
            return f"√<span style='text-decoration: overline'>{args[0]}</span>"
        if name == "abs":
            return f"|{args[0]}|"
        if name == "log" and len(args) == 2:
            return f"log<sub>{args[1]}</sub>({args[0]})"
        label = {"sigmoid": "σ", "log10": "log<sub>10</sub>"}.get(name, name)
        return f"{label}({', '.join(args)})"
    if isinstance(node, ast.BinOp):
        return _binary_html(node, numbers)
    return "?"


def _binary_html(node: ast.BinOp, numbers: tuple[str, ...]) -> str:
    if isinstance(node.op, ast.Pow):
        base = as_html(node.left, numbers)
        base = f"({base})" if _level(node.left) <= 4 else base
        return f"{base}<sup>{as_html(node.right, numbers)}</sup>"
    if isinstance(node.op, ast.Div):
        top, bottom = as_html(node.left, numbers), as_html(node.right, numbers)
        return (
            "<table style='display:inline-table' cellspacing='0' cellpadding='0'>"
            f"<tr><td align='center' style='border-bottom: 1px solid'>{top}</td></tr>"
            f"<tr><td align='center'>{bottom}</td></tr></table>"
        )
    level = _PRECEDENCE[type(node.op)]
    left, right = as_html(node.left, numbers), as_html(node.right, numbers)
    if _level(node.left) < level:
        left = f"({left})"
    if _level(node.right) < level or (isinstance(node.op, ast.Sub) and _level(node.right) == 1):
        right = f"({right})"
    symbol = {ast.Add: " + ", ast.Sub: " − ", ast.Mult: "⋅"}[type(node.op)]
    return left + symbol + right
