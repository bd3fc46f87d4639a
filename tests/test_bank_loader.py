"""Loading bank files: valid questions are kept, every problem names file, line, id and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_app.core.bank import ChoiceQuestion, NumericQuestion, load_bank
from interview_app.core.vocab import Difficulty, Kind

from .conftest import CHOICE, CONCEPT, NUMERIC


def _problems(directory: Path) -> list[str]:
    return [str(p) for p in load_bank([directory]).problems]


def test_small_bank_loads_every_kind(make_bank, small_bank_text: str) -> None:
    bank = load_bank([make_bank(alpha=small_bank_text)])
    assert bank.problems == []
    assert set(bank.questions) == {"a-concept", "a-choice", "a-numeric"}
    choice = bank.questions["a-choice"]
    assert isinstance(choice, ChoiceQuestion)
    assert choice.multiple is True and choice.correct == frozenset({0, 1})
    numeric = bank.questions["a-numeric"]
    assert isinstance(numeric, NumericQuestion) and numeric.abs_tol == 0.001
    assert numeric.kind is Kind.NUMERIC and numeric.difficulty is Difficulty.HARD
    assert bank.questions["a-concept"].line == 3


def test_malformed_toml_names_file_and_line(make_bank, small_bank_text: str) -> None:
    directory = make_bank(
        good=small_bank_text, broken='topic = "alpha"\n\n[[questions]]\nid = "x\n'
    )
    bank = load_bank([directory])
    (problem,) = bank.problems
    assert problem.path.name == "broken.toml" and problem.line == 4
    assert str(problem).startswith(
        f"{problem.path.name}:4: invalid TOML"
    ) or ":4: invalid TOML" in str(problem)
    assert len(bank.questions) == 3  # the valid rest still loads


@pytest.mark.parametrize(
    ("replace", "by", "field", "words"),
    [
        ('difficulty = "easy"', 'difficulty = "expert"', "difficulty", "must be one of"),
        ('kind = "concept"', 'kind = "essay"', "kind", "unknown kind 'essay'"),
        ('tags = ["x"]', 'tags = "x"', "tags", "must be a list"),
        (
            'key_points = ["fits noise", "poor generalisation"]',
            'key_points = ["one"]',
            "key_points",
            "2 to 8",
        ),
        ('prompt = "Explain overfitting."', 'prompt = "   "', "prompt", "must not be empty"),
        ('id = "a-concept"', 'id = "Bad Id"', "id", "lowercase words"),
        ('answer = "A model that fits noise."', 'answr = "typo"', "answr", "unknown field"),
    ],
)
def test_field_errors_name_id_field_and_line(make_bank, replace, by, field, words) -> None:
    text = 'topic = "alpha"\n' + CONCEPT.replace(replace, by)
    bank = load_bank([make_bank(alpha=text)])
    assert "a-concept" not in bank.questions
    (problem,) = [p for p in bank.problems if p.field == field]
    assert words in problem.message
    expected_line = text.splitlines().index(by.split("\n")[0]) + 1
    assert problem.line == expected_line
    assert f"alpha.toml:{expected_line}: " in str(problem)
    assert f"field '{field}'" in str(problem)


def test_missing_field_is_reported(make_bank) -> None:
    text = 'topic = "alpha"\n' + CONCEPT.replace('answer = "A model that fits noise."\n', "")
    (problem,) = load_bank([make_bank(alpha=text)]).problems
    assert problem.question_id == "a-concept" and problem.field == "answer"
    assert "missing required field 'answer'" in str(problem)


def test_unknown_topic(make_bank) -> None:
    (problem,) = load_bank([make_bank(g='topic = "gamma"\n' + CONCEPT)]).problems
    assert problem.field == "topic" and "unknown topic 'gamma'" in problem.message


def test_duplicate_id_points_at_first_definition(make_bank) -> None:
    directory = make_bank(a='topic = "alpha"\n' + CONCEPT, b='topic = "beta"\n' + CONCEPT)
    bank = load_bank([directory])
    (problem,) = bank.problems
    assert problem.path.name == "b.toml" and problem.field == "id"
    assert "duplicate id; first defined at" in problem.message and "a.toml:3" in problem.message
    assert bank.questions["a-concept"].topic == "alpha"


def test_choice_cross_checks(make_bank) -> None:
    text = 'topic = "alpha"\n' + CHOICE.replace("correct = [0, 1]", "correct = [0, 3]")
    assert "index 3 is out of range" in _problems(make_bank(a=text))[0]
    text = 'topic = "alpha"\n' + CHOICE.replace(
        "correct = [0, 1]", "correct = [0, 1]\nmultiple = false"
    )
    assert "field 'multiple'" in _problems(make_bank(a=text))[0]
    text = 'topic = "alpha"\n' + CHOICE.replace("correct = [0, 1]", "correct = [true]")
    assert "whole numbers" in _problems(make_bank(a=text))[0]


def test_numeric_needs_a_tolerance_and_finite_value(make_bank) -> None:
    text = 'topic = "alpha"\n' + NUMERIC.replace("abs_tol = 0.001\n", "")
    assert "needs abs_tol or rel_tol" in _problems(make_bank(a=text))[0]
    text = 'topic = "alpha"\n' + NUMERIC.replace("value = 0.125", "value = nan")
    assert "finite" in _problems(make_bank(a=text))[0]
    text = 'topic = "alpha"\n' + NUMERIC.replace("abs_tol = 0.001", "abs_tol = -1")
    assert "negative" in _problems(make_bank(a=text))[0]


def test_not_utf8_and_unknown_top_level_key(make_bank, tmp_path: Path) -> None:
    directory = make_bank(extra='topic = "alpha"\ntopics = 1\n' + CONCEPT)
    (directory / "latin1.toml").write_bytes('topic = "alpha" # café\n'.encode("latin-1"))
    problems = _problems(directory)
    assert any("latin1.toml: not UTF-8" in p for p in problems)
    assert any("extra.toml:2: field 'topics': unknown top-level key" in p for p in problems)


def test_missing_topics_declaration_rejects_questions(make_bank) -> None:
    directory = make_bank(with_topics=False, a='topic = "alpha"\n' + CONCEPT)
    assert "unknown topic 'alpha'" in _problems(directory)[0]


def test_user_bank_adds_to_builtin_topics(make_bank, small_bank_text: str) -> None:
    base = make_bank(alpha=small_bank_text)
    user = make_bank(
        with_topics=False, mine='topic = "beta"\n' + CONCEPT.replace("a-concept", "mine-1")
    )
    bank = load_bank([base, user])
    assert bank.problems == [] and bank.questions["mine-1"].topic == "beta"


def test_math_fields_are_checked(make_bank) -> None:
    from .conftest import MATH

    good = load_bank([make_bank(a='topic = "alpha"\n' + MATH)])
    assert good.problems == [] and good.questions["a-math"].variables == ("w", "x", "y")
    bad = MATH.replace('expected = "2*(w*x - y)*x"', 'expected = "2*(w*q - y)*x"')
    (problem,) = load_bank([make_bank(b='topic = "alpha"\n' + bad)]).problems
    assert problem.field == "expected" and "unknown name `q`" in problem.message
    bad = MATH.replace('variables = ["w", "x", "y"]', "variables = []")
    assert "variables" in str(load_bank([make_bank(c='topic = "alpha"\n' + bad)]).problems[0])
