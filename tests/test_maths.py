"""Maths answers: the whitelist parser, equivalence, feedback, bounds, and the hostile corpus."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from interview_app.cli import main
from interview_app.core.maths.client import MathChecker
from interview_app.core.maths.equivalence import Spec
from interview_app.core.maths.lexer import MathSyntaxError
from interview_app.core.maths.parser import make_symbols, parse

SYMBOLS = make_symbols(["x", "y", "z", "w", "mu", "x1", "x2"])
CANARY = Path("/tmp/interview-app-math-canary")


@pytest.fixture(scope="module")
def checker():
    checker = MathChecker()
    checker.prepare()
    yield checker
    checker.close()


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2x e^(x^2)", "2*x*exp(x^2)"),
        ("2 x", "2*x"),
        ("x(x+1)", "x*(x + 1)"),
        ("sigma(z)(1 - sigma(z))", "sigma(z)*(1 - sigma(z))"),
        ("σ(z)", "sigma(z)"),
        ("ln(x) + log(y)", "log(x) + log(y)"),
        ("e^x", "exp(x)"),
        ("−x × 2 ÷ y", "-x*2/y"),
        ("x²", "x^2"),
        ("xy", "x*y"),
        ("wx1 + x1x2", "w*x1 + x1*x2"),
        ("2(x+1)(x-1)", "2*(x + 1)*(x - 1)"),
        ("x**2", "x^2"),
        ("  x  +  1  ", "x + 1"),
        ("0.5x", "0.5*x"),
        ("mu^2", "mu^2"),
        ("μ", "mu"),
        ("pi", "pi"),
    ],
)
def test_parser_reads_common_notation(text: str, read: str) -> None:
    assert parse(text, SYMBOLS).text == read


@pytest.mark.parametrize(
    ("text", "words", "position"),
    [
        ("sigm(z)", "unknown name `sigm`", 1),
        ("2 + sigm(z)", "unknown name `sigm`", 5),
        ("(x + 1", "missing closing parenthesis", 1),
        ("x + 1)", "unexpected closing parenthesis", 6),
        ("x + $", "unexpected character '$'", 5),
        ("sqrt x^2", "write sqrt(x^…) or sqrt(x)^…", 6),
        ("q + 1", "unknown name `q`", 1),
    ],
)
def test_parser_says_what_is_wrong_and_where(text: str, words: str, position: int) -> None:
    with pytest.raises(MathSyntaxError) as error:
        parse(text, SYMBOLS)
    assert words in str(error.value) and error.value.position == position


HOSTILE = [
    "__import__('os').system('touch /tmp/interview-app-math-canary')",
    "x.__class__.__mro__",
    "().__class__.__bases__[0].__subclasses__()",
    "(lambda: 1)()",
    "[c for c in ().__class__.__base__.__subclasses__()]",
    "exp.__globals__",
    "eval('1')",
    "exec('import os')",
    "open('/etc/passwd')",
    "'abc'",
    "x[0]",
    "x if y else z",
    "x, y",
    "f(x=1)",
    "9**9**9**9",
    "9^9^9",
    "2^(10^10)",
    "10^1000",
    "factorial(10**7)",
    "99999999999999999999999999999",
    "1e400",
    "(" * 300 + "x" + ")" * 300,
    "x" + "+x" * 500,
    "exp(" * 40 + "x" + ")" * 40,
    "x\x00+1",
    "x\u202e+1",
    "\ufeffx",
    "ｘ＋１",
    "",
    "   ",
    "sin(sin(sin(sin(sin(sin(sin(sin(sin(sin(sin(sin(sin(x)))))))))))))^99",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_rejected_or_decided_in_time(text: str, checker) -> None:
    started = time.perf_counter()
    result = checker.check(Spec("x + 1", ("x", "y", "z")), text)
    assert time.perf_counter() - started < 5
    assert result["verdict"] in ("invalid", "incorrect", "undetermined", "correct")
    assert not CANARY.exists()


def test_injection_is_invalid_not_run(checker) -> None:
    for text in HOSTILE[:14]:
        assert checker.check(Spec("x", ("x",)), text)["verdict"] == "invalid", text


@pytest.mark.parametrize(
    ("expected", "answer", "variables", "positive", "verdict"),
    [
        ("sigma(z)*(1 - sigma(z))", "e^(-z)/(1 + e^(-z))^2", ("z",), False, "correct"),
        ("sigma(z)*(1 - sigma(z))", "sigma(z) - sigma(z)^2", ("z",), False, "correct"),
        ("2*(w*x - y)*x", "2x^2 w - 2xy", ("w", "x", "y"), False, "correct"),
        ("log(x*y)", "log(x) + log(y)", ("x", "y"), True, "correct"),
        ("sqrt(x^2)", "x", ("x",), True, "correct"),
        ("sqrt(x^2)", "x", ("x",), False, "incorrect"),
        ("1 - tanh(x)^2", "1/cosh(x)^2", ("x",), False, "correct"),
        ("2*x*exp(x^2)", "x exp(x^2)", ("x",), False, "incorrect"),
    ],
)
def test_equivalence(checker, expected, answer, variables, positive, verdict) -> None:
    assert checker.check(Spec(expected, variables, positive), answer)["verdict"] == verdict


def test_feedback_for_anticipated_and_common_mistakes(checker) -> None:
    spec = Spec(
        "2*(w*x - y)*x",
        ("w", "x", "y"),
        mistakes=(("2*(w*x - y)", "You dropped the chain-rule factor x."),),
    )
    assert checker.check(spec, "2(wx - y)")["message"] == "You dropped the chain-rule factor x."
    assert "sign" in checker.check(spec, "-2(wx - y)x")["message"]
    assert "constant factor (1/2)" in checker.check(spec, "(wx - y)x")["message"]


def test_required_forms(checker) -> None:
    uses = Spec("sigma(z)*(1 - sigma(z))", ("z",), must_use=("sigmoid",))
    assert checker.check(uses, "sigma(z)(1 - sigma(z))")["verdict"] == "correct"
    assert checker.check(uses, "e^(-z)/(1 + e^(-z))^2")["verdict"] == "incorrect"
    expanded = Spec("x^2 + 2x + 1", ("x",), form="expanded")
    assert checker.check(expanded, "x^2 + 2x + 1")["verdict"] == "correct"
    assert "expanded" in checker.check(expanded, "(x + 1)^2")["message"]
    factored = Spec("(x + 1)^2", ("x",), form="factored")
    assert checker.check(factored, "(x+1)(x+1)")["verdict"] == "correct"
    assert "factored" in checker.check(factored, "x^2 + 2x + 1")["message"]


def test_a_check_over_the_deadline_is_undetermined_and_the_next_one_works() -> None:
    slow = MathChecker(deadline_s=0.01)
    try:
        assert slow.check(Spec("x", ("x",)), "x")["verdict"] == "undetermined"
        slow.deadline_s = 10
        assert slow.check(Spec("x", ("x",)), "x")["verdict"] == "correct"
    finally:
        slow.close()


def test_check_math_cli_contract(capsys) -> None:
    code = main(["check-math", "--expected", "2*x*exp(x^2)", "--vars", "x", "--json", "2x e^(x^2)"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and set(result) == {"verdict", "parsed", "message", "duration_ms"}
    assert result["verdict"] == "correct" and result["parsed"] == "2*x*exp(x^2)"
    assert main(["check-math", "--expected", "x", "--vars", "x", "--json", "sigm(x)"]) == 1
    invalid = json.loads(capsys.readouterr().out)
    assert (
        invalid["verdict"] == "invalid"
        and invalid["parsed"] == ""
        and "position 1" in invalid["message"]
    )
    assert main(["check-math", "--question", "no-such-question", "x"]) == 2
    assert main(["check-math", "--expected", "x +", "--vars", "x", "x"]) == 2
