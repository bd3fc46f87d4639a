"""The reported cases: each gets the verdict stated for it (checked in process, no deadline)."""

from __future__ import annotations

import pytest

from interview_app.core.maths.equivalence import Spec, check

NEVER_CORRECT = [
    ("5-x", "abs(x-5)", ("x",), False),
    ("sqrt(x-3)*sqrt(x-5)", "-sqrt((x-3)*(x-5))", ("x",), False),
    ("0", "relu(x-3)", ("x",), False),
    ("x^2", "x^2+10^(-10)", ("x",), False),
    ("x^2", "x^2 + x/10^12", ("x",), False),
    ("99999998/99999999", "99999999/10^8", (), False),
    ("max(x, 2)", "x", ("x",), False),
    ("1/3", "0.333333333333333", (), False),
    ("abs(x)", "x", ("x",), False),
    ("x^2", "x^2 + x/10^100", ("x",), False),  # a term too small for 50 digits
    ("sin(x)", "sin(x + 10^(-100))", ("x",), False),
    ("exp(x)", "exp(x) + exp(x)/10^60", ("x",), False),
    ("exp(x)", "exp(x) + relu(x - 100)", ("x",), False),  # small beside exp(x) out there
    ("exp(2x)", "exp(2x) + min(x, 2000) - x", ("x",), False),
    ("acosh(x)", "log(x - sqrt(x^2 - 1))", ("x",), False),  # the other branch
    ("123456789012345678*x", "(123456789*10^9 + 12345679) x", ("x",), False),  # off by x
]
KIND = [
    ("1/sqrt(x)", "sqrt(1/x)", ("x",), False),
    ("log(a^2*b)", "2*log(a)+log(b)", ("a", "b"), False),
    ("log((x+1)/(1-x))", "-log((1-x)/(x+1))", ("x",), False),
    ("sec(x)", "1/cos(x)", ("x",), False),
    ("csc(x) + cot(x)", "1/sin(x) + cos(x)/sin(x)", ("x",), False),
    ("asinh(x)", "log(x + sqrt(x^2 + 1))", ("x",), False),
    ("atanh(x)", "log((1 + x)/(1 - x))/2", ("x",), False),
    ("acosh(x)", "log(x + sqrt(x^2 - 1))", ("x",), False),
    ("cot(x)", "cos(x)/sin(x)", ("x",), False),
    ("1", "cosh(x)^2 - sinh(x)^2", ("x",), False),  # huge terms that cancel at large x
    ("123456789012345678*x", "(123456789*10^9 + 12345678) x", ("x",), False),
    ("log(x)/log(10)", "log10(x)", ("x",), True),
    ("log(x)/log(2)", "log_2(x)", ("x",), True),
    ("log(x)/log(2)", "log(x, 2)", ("x",), True),
    ("abs(x - 1)", "|x - 1|", ("x",), False),
    ("sin(x)^2 + cos(x)", "sin^2(x) + cos x", ("x",), False),
    ("x^2 y", "x²y", ("x", "y"), False),
    ("x - 2*y", "x \u2212 2\u00d7y", ("x", "y"), False),
    ("2*x^2 - 2", "2(x+1)(x-1)", ("x",), False),
    ("123456789012345678*x", "123456789012345678 x", ("x",), False),
]


@pytest.mark.parametrize(("expected", "answer", "variables", "positive"), NEVER_CORRECT)
def test_never_a_false_correct(expected, answer, variables, positive) -> None:
    result = check(Spec(expected, variables, positive), answer)
    assert result["verdict"] == "incorrect", result


@pytest.mark.parametrize(("expected", "answer", "variables", "positive"), KIND)
def test_kind_to_right_answers(expected, answer, variables, positive) -> None:
    if "123456789012345678" in answer:  # beyond 10^12: fine in an expected answer only
        result = check(Spec(expected, variables, positive), "123456789012345678/10 * 10 x")
        assert result["verdict"] == "invalid" and "power of ten" in result["message"]
        return
    result = check(Spec(expected, variables, positive), answer)
    assert result["verdict"] == "correct", result


def test_decimals_stay_decimals() -> None:
    result = check(Spec("1/3", ()), "0.333333333333333")
    assert result["parsed"] == "0.333333333333333"
    assert result["message"] == "A decimal approximation of 1/3; the exact form is expected."
    tolerant = Spec("1/3", (), tolerance=1e-6)
    assert check(tolerant, "0.3333333")["verdict"] == "correct"
    assert check(tolerant, "0.33")["verdict"] == "incorrect"
    assert check(Spec("1/2", ()), "0.5")["verdict"] == "correct"  # exactly equal


def test_read_back_as_typed() -> None:
    assert check(Spec("2*x^2 - 2", ("x",)), "2(x+1)(x-1)")["parsed"] == "2*(x + 1)*(x - 1)"
    assert check(Spec("x", ("x",)), "sin x^2")["message"].startswith("write sin(x^…)")


def test_bars_must_close() -> None:
    result = check(Spec("abs(x)", ("x",)), "|x")
    assert result["verdict"] == "invalid" and "abs(x)" in result["message"]


@pytest.mark.parametrize(
    ("answer", "advice"),
    [
        ("123456789012345678 x", "write it with a power of ten, e.g. 3*10^12"),
        ("sigm(x)", "unknown name `sigm` (variables here: x)"),
        ("sin x^2", "write sin(x^…) or sin(x)^…"),
        ("|x", "write |x| or abs(x)"),
        ("sqrt", "needs an argument in parentheses"),
        ("log(x, 2, 3)", "or log(x, b) for base b"),
    ],
)
def test_refusals_say_what_to_type_instead(answer: str, advice: str) -> None:
    result = check(Spec("x", ("x",)), answer)
    assert result["verdict"] == "invalid" and advice in result["message"], result


def test_a_decimal_for_an_exact_value_has_its_own_outcome() -> None:
    result = check(Spec("sqrt(2)/2", ()), "0.7071067811865476")
    assert result["verdict"] == "incorrect" and result["parsed"] == "0.7071067811865476"
    assert result["message"] == "A decimal approximation of sqrt(2)/2; the exact form is expected."
    far = check(Spec("sqrt(2)/2", ()), "0.7")
    assert far["verdict"] == "incorrect" and "approximation" not in far["message"]
    assert check(Spec("x/4", ("x",)), "0.25x")["verdict"] == "correct"  # exactly equal
