"""The practice deck: deterministic under a seeded random source, weakest first."""

from __future__ import annotations

import random

from interview_app.core.bank import load_bank
from interview_app.core.practice import PracticeDeck, PracticeFilter, concept_score, option_order
from interview_app.core.vocab import Difficulty, Kind, Outcome


def _questions(make_bank, small_bank_text):
    return list(load_bank([make_bank(alpha=small_bank_text)]).questions.values())


def test_unseen_first_then_wrong_then_right(make_bank, small_bank_text) -> None:
    questions = _questions(make_bank, small_bank_text)
    last = {"a-concept": "correct", "a-choice": "incorrect"}
    deck = PracticeDeck(questions, last, random.Random(1))
    assert [deck.next().id for _ in range(3)] == ["a-numeric", "a-choice", "a-concept"]
    assert deck.round == 1
    deck.record("a-numeric", Outcome.CORRECT)
    deck.record("a-concept", Outcome.INCORRECT)
    assert deck.next().id == "a-concept" and deck.round == 2


def test_same_seed_same_order(make_bank, small_bank_text) -> None:
    questions = _questions(make_bank, small_bank_text)

    def order(seed: int) -> list[str]:
        deck = PracticeDeck(questions, {}, random.Random(seed))
        return [deck.next().id for _ in range(3)]

    assert order(7) == order(7)
    assert len({tuple(order(seed)) for seed in range(30)}) > 1


def test_empty_deck() -> None:
    assert PracticeDeck([], {}, random.Random(0)).next() is None


def test_filter(make_bank, small_bank_text) -> None:
    questions = _questions(make_bank, small_bank_text)
    assert len([q for q in questions if PracticeFilter().accepts(q)]) == 3
    only = PracticeFilter(kinds=frozenset({Kind.NUMERIC}), difficulties=frozenset(Difficulty))
    assert [q.id for q in questions if only.accepts(q)] == ["a-numeric"]
    assert not any(PracticeFilter(topics=frozenset()).accepts(q) for q in questions)
    assert only.to_json()["kinds"] == ["numeric"] and only.to_json()["topics"] is None


def test_option_order_shuffles_unless_told_not_to(make_bank, small_bank_text) -> None:
    (q,) = [q for q in _questions(make_bank, small_bank_text) if q.kind is Kind.CHOICE]
    orders = {tuple(option_order(q, random.Random(seed))) for seed in range(20)}
    assert len(orders) > 1 and all(sorted(o) == [0, 1, 2] for o in orders)
    import dataclasses

    fixed = dataclasses.replace(q, shuffle=False)
    assert option_order(fixed, random.Random(3)) == [0, 1, 2]


def test_concept_score() -> None:
    assert concept_score([0, 2, 2], 4) == 0.5
    assert concept_score([], 0) == 0.0
