"""Quality of the whole loaded bank: choice items give nothing away by length or wording,
design rubrics score reasoning, and every preset section draws from a pool three times its size."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from interview_app.core.bank import ChoiceQuestion, DesignQuestion, load_default_bank
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.mock.draw import candidates, draw
from interview_app.core.mock.presets import load_presets

BANK = load_default_bank()
QUESTIONS = list(BANK.questions.values())
CHOICES = [q for q in QUESTIONS if isinstance(q, ChoiceQuestion)]
DESIGNS = [q for q in QUESTIONS if isinstance(q, DesignQuestion)]
PRESETS = load_presets()
POOL = candidates(QUESTIONS, list(load_exercises()[0].values()))

ABSOLUTE = re.compile(r"\b(always|never|only|all|none|guarantees?|must|cannot)\b", re.IGNORECASE)
NEW_LLM_TOPICS = {"llm-training", "llm-inference", "llm-evaluation", "distributed-training"}


def correct_is_longest(question: ChoiceQuestion) -> bool:
    """True when the single correct option is strictly longer than every other option."""
    (right,) = question.correct
    lengths = [len(option) for option in question.options]
    return all(lengths[right] > n for i, n in enumerate(lengths) if i != right)


def test_the_correct_option_is_not_usually_the_longest() -> None:
    single = [q for q in CHOICES if len(q.correct) == 1]
    assert single, "the bank has single-answer choice items"
    longest = [q.id for q in single if correct_is_longest(q)]
    assert len(longest) <= 0.4 * len(single), (
        f"the correct option is the longest in {len(longest)} of {len(single)} items: {longest}"
    )


def test_correct_is_longest_detects_a_giveaway() -> None:
    giveaway = dataclasses.replace(
        CHOICES[0], options=("a", "bb", "a longer one"), correct=frozenset({2})
    )
    tied = dataclasses.replace(giveaway, options=("abc", "b", "xyz"), correct=frozenset({2}))
    assert correct_is_longest(giveaway) and not correct_is_longest(tied)


def absolute_word_counts(questions: list[ChoiceQuestion]) -> tuple[int, int, int, int, list[str]]:
    """(words on right options, right options, words on wrong options, wrong options, where)."""
    right_words = right = wrong_words = wrong = 0
    where: list[str] = []
    for question in questions:
        for index, option in enumerate(question.options):
            found = len(ABSOLUTE.findall(option))
            if index in question.correct:
                right, right_words = right + 1, right_words + found
            else:
                wrong, wrong_words = wrong + 1, wrong_words + found
                where += [f"{question.id}[{index}]"] * bool(found)
    return right_words, right, wrong_words, wrong, where


def absolute_words_give_wrong_options_away(questions: list[ChoiceQuestion]) -> bool:
    """More than twice the right options' rate on wrong options, and at least 3 extra uses."""
    right_words, right, wrong_words, wrong, _ = absolute_word_counts(questions)
    expected = wrong * right_words / max(1, right)
    return wrong_words > 2 * expected and wrong_words - expected >= 3


def test_absolute_words_do_not_mark_the_wrong_options() -> None:
    right_words, right, wrong_words, wrong, where = absolute_word_counts(CHOICES)
    assert not absolute_words_give_wrong_options_away(CHOICES), (
        f"absolute words: {right_words} on {right} right options, {wrong_words} on {wrong} "
        f"wrong options: {where}"
    )


def test_the_absolute_word_check_can_fail() -> None:
    base = CHOICES[0]
    marked = [
        dataclasses.replace(base, id=f"x{n}", correct=frozenset({0}),
                            options=("It depends on the data.", "This always works.", "Never."))
        for n in range(3)
    ]  # fmt: skip
    assert absolute_words_give_wrong_options_away(marked)
    assert not absolute_words_give_wrong_options_away(marked[:1])  # 2 extra uses: too few to say


def test_at_least_thirty_design_prompts() -> None:
    assert len(DESIGNS) >= 30, len(DESIGNS)


@pytest.mark.parametrize("question", DESIGNS, ids=lambda q: q.id)
def test_design_rubric_scores_requirements_and_communication(question: DesignQuestion) -> None:
    signals = [s.signal.lower() for s in question.rubric]
    assert 3 <= len(signals) <= 8 and all(len(s.levels) == 4 for s in question.rubric)
    assert any(re.search(r"requirement|clarif", s) for s in signals), signals
    assert any(re.search(r"communicat|time management|timekeeping", s) for s in signals), signals
    assert len(set(signals)) == len(signals), "each signal is scored once"


def section_pool(preset, index: int) -> int:
    """How many items the real draw could pick for one section, counted with the draw itself."""
    section = dataclasses.replace(preset.sections[index], count=len(POOL))
    alone = dataclasses.replace(preset, sections=(section,))
    items, _ = draw(alone, POOL, random.Random(0))
    return len(items)


@pytest.mark.parametrize("preset", PRESETS.values(), ids=lambda p: p.id)
def test_every_section_pool_holds_three_times_its_draw(preset) -> None:
    short = [
        f"{s.title}: {section_pool(preset, n)} for {s.count}"
        for n, s in enumerate(preset.sections)
        if section_pool(preset, n) < 3 * s.count
    ]
    assert short == []


@pytest.mark.parametrize("preset_id", ["ai-engineer-mid-start-up", "research-senior-big-tech"])
def test_llm_roles_draw_from_the_llm_topics(preset_id: str) -> None:
    topics = {t for s in PRESETS[preset_id].sections for t in s.topics}
    assert len(topics & NEW_LLM_TOPICS) >= 2, topics
