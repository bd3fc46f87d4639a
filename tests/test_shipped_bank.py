"""The bank we ship: it validates, is large and broad enough, and every item is well formed."""

from __future__ import annotations

from collections import Counter

import pytest

from interview_app.core.answers import check_choice, check_numeric, find_key_terms
from interview_app.core.bank import (
    ChoiceQuestion,
    ConceptQuestion,
    NumericQuestion,
    load_default_bank,
)
from interview_app.core.vocab import Outcome

BANK = load_default_bank()
QUESTIONS = list(BANK.questions.values())


def test_shipped_bank_has_no_problems() -> None:
    assert [str(p) for p in BANK.problems] == []


def test_size_and_breadth() -> None:
    assert len(QUESTIONS) >= 80
    per_topic = Counter(q.topic for q in QUESTIONS)
    assert len(per_topic) >= 10 and min(per_topic.values()) >= 5
    from interview_app.core.judge.exercises import load_exercises

    exercise_topics = {e.topic for e in load_exercises()[0].values()}
    assert set(BANK.topics) == set(per_topic) | exercise_topics, (
        "every topic has questions or exercises"
    )
    assert exercise_topics <= set(BANK.topics), "exercises use declared topics"
    assert {q.kind.value for q in QUESTIONS} >= {"concept", "choice", "numeric"}
    assert set(Counter(q.difficulty.value for q in QUESTIONS)) == {"easy", "medium", "hard"}


@pytest.mark.parametrize(
    "question", [q for q in QUESTIONS if isinstance(q, ConceptQuestion)], ids=str
)
def test_concept_questions(question: ConceptQuestion) -> None:
    assert 3 <= len(question.key_points) <= 6
    assert len(question.answer.split()) >= 60, "a model answer is a two-minute answer"
    assert question.title and question.key_terms
    model = question.answer + " " + " ".join(question.key_points)
    missing = [m.term for m in find_key_terms(model, question.key_terms) if not m.found]
    assert missing == [], "key terms should appear in the model answer"


@pytest.mark.parametrize(
    "question", [q for q in QUESTIONS if isinstance(q, ChoiceQuestion)], ids=str
)
def test_choice_questions_grade_their_own_key(question: ChoiceQuestion) -> None:
    assert check_choice(question, question.correct).outcome is Outcome.CORRECT
    wrong = next(i for i in range(len(question.options)) if i not in question.correct)
    assert check_choice(question, [wrong]).outcome is Outcome.INCORRECT
    assert len(question.answer.split()) >= 25, "the explanation says why, not just which"


@pytest.mark.parametrize(
    "question", [q for q in QUESTIONS if isinstance(q, NumericQuestion)], ids=str
)
def test_numeric_questions_accept_value_and_reject_far_answers(question: NumericQuestion) -> None:
    assert check_numeric(question, repr(question.value)).outcome is Outcome.CORRECT
    far = question.value * 1.5 + 1
    assert check_numeric(question, repr(far)).outcome is Outcome.INCORRECT
    tolerance = max(question.abs_tol or 0, (question.rel_tol or 0) * abs(question.value))
    assert tolerance <= 0.05 * abs(question.value) + 1e-9 or question.value == 0, (
        "tolerance too loose"
    )
    assert "\n" in question.answer.strip(), "the worked solution shows its steps"


def test_ids_are_prefixed_by_topic_and_unique() -> None:
    prefixes = {q.topic: set() for q in QUESTIONS}
    for q in QUESTIONS:
        prefixes[q.topic].add(q.id.split("-")[0])
    assert all(len(p) == 1 for p in prefixes.values()), prefixes


MATHS = [q for q in QUESTIONS if q.kind.value == "math"]


@pytest.fixture(scope="module")
def math_checker():
    from interview_app.core.maths.client import MathChecker

    checker = MathChecker()
    checker.prepare()
    yield checker
    checker.close()


def test_enough_maths_questions() -> None:
    assert len(MATHS) >= 50


@pytest.mark.parametrize("question", MATHS, ids=str)
def test_maths_accepts_equivalent_forms_and_rejects_mistakes(question, math_checker) -> None:
    spec = question.spec()
    assert len(question.accept) >= 2 and len(question.mistakes) >= 2
    for text in (question.expected, *question.accept):
        result = math_checker.check(spec, text)
        assert result["verdict"] == "correct", (text, result)
    for mistake in question.mistakes:
        result = math_checker.check(spec, mistake.answer)
        assert (result["verdict"], result["message"]) == ("incorrect", mistake.feedback), (
            mistake.answer
        )


DESIGNS = [q for q in QUESTIONS if q.kind.value == "design"]


def test_design_prompts_with_rubrics() -> None:
    assert len(DESIGNS) >= 12
    for question in DESIGNS:
        assert len(question.rubric) >= 3 and all(len(s.levels) == 4 for s in question.rubric)
        assert len(question.answer.split()) >= 300, question.id
        assert question.target_seconds >= 1200
