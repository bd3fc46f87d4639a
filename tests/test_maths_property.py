"""Random wrong answers near the right one are never "correct"; rewritten right ones are."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_app.core.maths.equivalence import Spec, check

ATOMS = ["x", "y", "x^2", "x y", "exp(x)", "sin(y)", "cos(x y)", "sqrt(x^2 + 1)",
         "tanh(x)", "sigma(y)", "log(x^2 + 1)", "abs(x - 2)", "relu(y - 3)", "1/(x^2 + 4)"]  # fmt: skip
COEFFICIENTS = st.integers(-5, 5).filter(bool)


@st.composite
def expressions(draw: st.DrawFn) -> str:
    terms = draw(st.lists(st.tuples(COEFFICIENTS, st.sampled_from(ATOMS)), min_size=1, max_size=3))
    return " + ".join(f"({c})*({atom})" for c, atom in terms)


NEAR_MISSES = {
    "constant": lambda e, k: f"{e} + {k}",
    "sign": lambda e, k: f"-({e})",
    "small term": lambda e, k: f"{e} + x/10^{abs(k) + 6}",
    "tiny constant": lambda e, k: f"{e} + 10^(-{abs(k) + 9})",
    "factor": lambda e, k: f"{abs(k) + 1}*({e})",
    "branch": lambda e, k: f"{e} + abs(x - {k}) - (x - {k})",
    "kink far out": lambda e, k: f"{e} + relu(x - {abs(k) * 20})",
    "power": lambda e, k: f"({e})^3",
    "kink very far out": lambda e, k: f"{e} + relu(x - {abs(k) * 300})",
    "tiny term": lambda e, k: f"{e} + y/10^{abs(k) * 15 + 25}",
    "tiny factor": lambda e, k: f"(1 + 10^(-{abs(k) * 10 + 30}))*({e})",
}
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@SETTINGS
@given(expressions(), st.sampled_from(sorted(NEAR_MISSES)), COEFFICIENTS)
def test_near_misses_are_never_correct(expected: str, how: str, k: int) -> None:
    wrong = NEAR_MISSES[how](expected, k)
    spec = Spec(expected, ("x", "y"))
    assert check(spec, expected)["verdict"] == "correct"
    result = check(spec, wrong)
    assert result["verdict"] != "correct", (expected, wrong, result)


@SETTINGS
@given(expressions(), COEFFICIENTS)
def test_rewritten_right_answers_are_correct(expected: str, k: int) -> None:
    spec = Spec(expected, ("x", "y"))
    for same in (f"({expected}) + {k} - {k}", f"{k}*({expected})/{k}", f"-(-({expected}))"):
        assert check(spec, same)["verdict"] == "correct", (expected, same)
