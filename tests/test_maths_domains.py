"""Variable domains: declared per question, checked by the bank schema, and used by the checker
(compared where the variables live, never accepting a wrong answer)."""

from __future__ import annotations

import pytest

from interview_app.core.bank import MathQuestion, load_bank
from interview_app.core.maths.domains import DOMAINS, contains, draw
from interview_app.core.maths.equivalence import Spec, check

from .conftest import MATH

UNIT = (("p", "unit-interval"),)
POSITIVE_AB = (("a", "positive"), ("b", "positive"))


@pytest.mark.parametrize(
    ("expected", "answer", "variables", "domains"),
    [
        ("log(a^2*b)", "2*log(a)+log(b)", ("a", "b"), POSITIVE_AB),
        ("log(a*b)", "log(a) + log(b)", ("a", "b"), POSITIVE_AB),
        ("1/sqrt(x)", "sqrt(1/x)", ("x",), (("x", "positive"),)),
        ("log(p/(1-p))", "log(p) - log(1-p)", ("p",), UNIT),
        ("log((1-p)/p)", "-log(p/(1 - p))", ("p",), UNIT),
        ("sqrt(p*(1-p))", "sqrt(p) sqrt(1-p)", ("p",), UNIT),
        ("abs(x)", "-x", ("x",), (("x", "negative"),)),
        ("sqrt(x^2)", "x", ("x",), (("x", "nonnegative"),)),
        ("log(lambda^k)", "k log(lambda)", ("lambda", "k"), (("lambda", "positive"),)),
        ("x^a*x^b", "x^(a+b)", ("x", "a", "b"), (("x", "positive"),)),
    ],
)
def test_right_on_the_declared_domain(expected, answer, variables, domains) -> None:
    result = check(Spec(expected, variables, domains=domains), answer)
    assert result["verdict"] == "correct", result


@pytest.mark.parametrize(
    ("expected", "answer", "variables", "domains"),
    [
        ("log(a^2*b)", "2*log(a)+log(b) + 10^(-12)", ("a", "b"), POSITIVE_AB),
        ("log(p/(1-p))", "log(p) + log(1-p)", ("p",), UNIT),
        ("log(p/(1-p))", "log(p/(1-p)) + p/10^30", ("p",), UNIT),
        ("sqrt(p*(1-p))", "sqrt(p) - sqrt(p^2)", ("p",), UNIT),
        # near the ends of the unit interval only
        ("log(1-p)", "log(1-p) + relu(p - 0.999)", ("p",), UNIT),
        ("log(p)", "log(p) + relu(1/1000 - p)", ("p",), UNIT),
        ("abs(x)", "x", ("x",), (("x", "negative"),)),
        # on a declared domain the answer must be real wherever the expected one is
        ("log(abs(x))", "log(x)", ("x",), (("x", "real"),)),
        ("abs(x)", "sqrt(x)^2", ("x",), (("x", "real"),)),
    ],
)
def test_wrong_on_the_declared_domain(expected, answer, variables, domains) -> None:
    result = check(Spec(expected, variables, domains=domains), answer)
    assert result["verdict"] == "incorrect", result


def test_undeclared_variables_keep_the_questions_default() -> None:
    spec = Spec("log(a*b)", ("a", "b"), positive=True, domains=(("a", "unit-interval"),))
    assert spec.domain_of("a") == "unit-interval" and spec.domain_of("b") == "positive"
    assert Spec("x", ("x",)).domain_of("x") == "real"
    assert Spec.from_json(spec.to_json()) == spec


@pytest.mark.parametrize("domain", sorted(DOMAINS))
def test_samples_stay_inside_their_domain(domain: str) -> None:
    import random

    rng = random.Random(7)
    values = [draw(domain, rng, low, high) for low, high in ((0.05, 1), (1, 4), (40, 5000))]
    values += [draw(domain, rng, 40, 5000) for _ in range(200)]
    assert all(contains(domain, v) for v in values)
    if domain == "unit-interval":  # both ends are probed
        assert min(values) < 1e-3 and max(values) > 1 - 1e-3


def test_schema_reads_domains(make_bank) -> None:
    text = MATH.replace(
        'variables = ["w", "x", "y"]',
        'variables = ["w", "x", "y"]\ndomains = { x = "positive", w = "unit-interval" }',
    )
    bank = load_bank([make_bank(a='topic = "alpha"\n' + text)])
    assert bank.problems == []
    question = bank.questions["a-math"]
    assert isinstance(question, MathQuestion)
    assert question.domains == (("x", "positive"), ("w", "unit-interval"))
    assert question.spec().domains == question.domains


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('domains = { x = "postive" }', "gives x the domain 'postive'; the domains are"),
        ('domains = { q = "positive" }', "names 'q', which is not in variables"),
        ('domains = "positive"', "must be a table of variable = domain"),
        ("domains = {}", "must be a table of variable = domain"),
    ],
)
def test_schema_rejects_bad_domains_naming_file_and_field(make_bank, line, words) -> None:
    text = MATH.replace('variables = ["w", "x", "y"]', f'variables = ["w", "x", "y"]\n{line}')
    (problem,) = load_bank([make_bank(broken='topic = "alpha"\n' + text)]).problems
    assert problem.field == "domains" and words in problem.message
    assert str(problem).startswith("broken.toml") or "broken.toml" in str(problem)
    assert "question 'a-math'" in str(problem)


def test_the_practice_page_states_declared_domains() -> None:
    from types import SimpleNamespace

    from interview_app.gui.panels.maths import variables_text

    question = SimpleNamespace(
        variables=("p", "n"), domains=(("p", "unit-interval"),), positive=False
    )
    assert variables_text(question) == "p between 0 and 1, n any real number"
    plain = SimpleNamespace(variables=("x",), domains=(), positive=True)
    assert variables_text(plain) == "x (all positive)"
