"""FSRS scheduling of attempts: ratings from outcomes and time, exact due dates, interview mode."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from interview_app.core.review.cards import CardState, replay
from interview_app.core.review.catalogue import Item
from interview_app.core.review.policy import ReviewPolicy, retrievability
from interview_app.core.review.queue import build_queue, effective_due, forecast, weak_session
from interview_app.core.review.rating import auto_rating, explain, rating_for
from interview_app.core.vocab import Outcome, Rating

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def attempt(n: int, days: float, outcome: str, seconds: float = 60, item: str = "q",
            rating: int | None = None, topic: str = "t", **details: Any) -> dict[str, Any]:  # fmt: skip
    return {
        "id": n, "question_id": item, "topic": topic, "kind": "choice",
        "created_at": (T0 + timedelta(days=days)).isoformat(), "outcome": outcome,
        "rating": rating, "time_spent_ms": int(seconds * 1000),
        "details": {"target_seconds": 60, **details},
    }  # fmt: skip


def card_after(*rows: dict[str, Any], policy: ReviewPolicy | None = None) -> CardState:
    return replay(rows, policy or ReviewPolicy())["q"]


@pytest.mark.parametrize(
    ("outcome", "seconds", "hint", "expected"),
    [
        ("incorrect", 5, False, Rating.AGAIN),
        ("partial", 30, False, Rating.HARD),
        ("correct", 30, False, Rating.EASY),  # half the target or less
        ("correct", 31, False, Rating.GOOD),
        ("correct", 90, False, Rating.GOOD),  # up to 1.5 times the target
        ("correct", 91, False, Rating.HARD),
        ("correct", 10, True, Rating.HARD),  # a hint was needed
        ("unrated", 10, False, None),  # waits for the user's own rating
    ],
)
def test_outcome_and_time_map_to_a_rating(outcome, seconds, hint, expected) -> None:
    assert auto_rating(Outcome(outcome), int(seconds * 1000), 60, hint_used=hint) == expected


def test_the_users_own_rating_wins_and_is_explained() -> None:
    row = attempt(1, 0, "correct", seconds=10, rating=int(Rating.HARD))
    assert rating_for(row) is Rating.HARD
    assert explain(Rating.HARD, row) == "Hard: your own rating."
    auto = attempt(2, 0, "correct", seconds=20)
    assert explain(rating_for(auto), auto) == "Easy: right in 20 s (target 60 s)."


@pytest.mark.parametrize(
    ("outcome", "seconds", "due", "stability"),
    [
        ("correct", 60, datetime(2026, 3, 3, 9, tzinfo=UTC), 2.3065),  # Good: 2 days
        ("incorrect", 60, datetime(2026, 3, 2, 9, tzinfo=UTC), 0.212),  # Again: tomorrow
        ("partial", 60, datetime(2026, 3, 2, 9, tzinfo=UTC), 1.2931),  # Hard: tomorrow
        ("correct", 10, datetime(2026, 3, 9, 9, tzinfo=UTC), 8.2956),  # Easy: 8 days
    ],
)
def test_first_review_due_dates_are_exact(outcome, seconds, due, stability) -> None:
    card = card_after(attempt(1, 0, outcome, seconds))
    assert card.due == due
    assert card.stability == pytest.approx(stability)
    assert card.reviews == 1 and card.last_attempt_id == 1


def test_successive_reviews_lengthen_the_interval_and_a_lapse_shortens_it() -> None:
    good, good2, good3 = (
        attempt(1, 0, "correct"),
        attempt(2, 2, "correct"),
        attempt(3, 12, "correct"),
    )
    assert card_after(good, good2).due == datetime(2026, 3, 14, 9, tzinfo=UTC)
    assert card_after(good, good2, good3).due == datetime(2026, 4, 26, 9, tzinfo=UTC)
    lapsed = card_after(good, attempt(2, 2, "incorrect"))
    assert lapsed.due == datetime(2026, 3, 4, 9, tzinfo=UTC)
    assert (lapsed.lapses, lapsed.fails) == (1, 1)


def test_retries_in_one_sitting_count_once_for_the_schedule() -> None:
    first = attempt(1, 0, "incorrect")
    retry = {**attempt(2, 0, "correct"), "created_at": (T0 + timedelta(minutes=5)).isoformat()}
    card = card_after(first, retry)
    assert card.due == datetime(2026, 3, 2, 9, tzinfo=UTC)  # the first try said what was known
    assert (card.reviews, card.attempts, card.accuracy) == (1, 2, 0.5)


def test_failing_on_three_separate_days_makes_a_leech() -> None:
    rows = [attempt(1, 0, "incorrect"), attempt(2, 1, "incorrect"), attempt(3, 3, "incorrect")]
    assert card_after(*rows[:2]).is_leech is False
    assert card_after(*rows).is_leech is True


def test_retrievability_falls_with_time_since_review() -> None:
    card = card_after(attempt(1, 0, "correct"))
    fresh = retrievability(card.stability, card.last_review, T0)
    at_due = retrievability(card.stability, card.last_review, card.due)
    later = retrievability(card.stability, card.last_review, T0 + timedelta(days=120))
    assert fresh == 1.0 and at_due == pytest.approx(0.9, abs=0.02) and later < 0.6


# --- interview-date mode ------------------------------------------------------------------


def test_retention_rises_as_the_interview_nears() -> None:
    today = T0.date()
    far = ReviewPolicy(interview_date=today + timedelta(days=90))
    near = ReviewPolicy(interview_date=today + timedelta(days=5))
    assert far.retention(today) == pytest.approx(0.9)  # never below the usual retention
    assert near.retention(today) > 0.93
    assert near.retention(today, weak=True) > near.retention(today)
    assert ReviewPolicy().retention(today) == 0.9
    assert ReviewPolicy(interview_date=today - timedelta(days=1)).days_left(today) is None


def test_no_interval_reaches_past_the_interview() -> None:
    policy = ReviewPolicy(interview_date=date(2026, 3, 6))
    easy = attempt(1, 0, "correct", seconds=10)
    card = card_after(easy, policy=policy)
    assert card.due <= datetime(2026, 3, 5, 9, tzinfo=UTC)  # at most the day before
    assert card_after(easy).due == datetime(2026, 3, 9, 9, tzinfo=UTC)  # without the date


def test_cards_due_after_the_interview_come_back_before_it() -> None:
    card = card_after(attempt(1, 0, "correct", seconds=10))  # due 9 March
    policy = ReviewPolicy(interview_date=date(2026, 3, 7))
    when = effective_due(card, policy, T0 + timedelta(days=1), UTC)
    assert when is not None and when < datetime(2026, 3, 7, tzinfo=UTC)
    assert effective_due(card, ReviewPolicy(), T0, UTC) == card.due


def items(n_per_topic: int = 4, topics: tuple[str, ...] = ("a", "b", "c")) -> dict[str, Item]:
    made = {}
    for topic in topics:
        for i in range(n_per_topic):
            made[f"{topic}{i}"] = Item(
                f"{topic}{i}", topic, "choice", f"{topic} {i}", "easy", 60, "why"
            )
    return made


def test_queue_puts_leeches_then_lowest_recall_first() -> None:
    from interview_app.core.review.mastery import topic_mastery

    catalogue = items()
    rows = [attempt(1, 0, "correct", item="a0", topic="a"),  # due 3 March
            attempt(2, 0, "incorrect", item="b0", topic="b"),  # due 2 March, recall low
            *[attempt(3 + d, d, "incorrect", item="c0", topic="c") for d in (0, 1, 2)]]  # fmt: skip
    cards = replay(sorted(rows, key=lambda r: r["created_at"]), ReviewPolicy())
    now = T0 + timedelta(days=5)
    mastery = topic_mastery(cards.values(), catalogue, now)
    queue = build_queue(cards, catalogue, mastery, ReviewPolicy(), now, UTC)
    assert [(e.item.id, e.reason) for e in queue] == [("c0", "leech"), ("b0", "due"), ("a0", "due")]
    assert forecast(cards, ReviewPolicy(), now, UTC, 3) == [3, 0, 0]


def test_interview_mode_paces_unseen_items_so_all_are_seen_in_time() -> None:
    from interview_app.core.review.mastery import topic_mastery

    catalogue = items()  # 12 items, none seen
    policy = ReviewPolicy(interview_date=T0.date() + timedelta(days=5))
    mastery = topic_mastery([], catalogue, T0)
    queue = build_queue({}, catalogue, mastery, policy, T0, UTC)
    assert [e.reason for e in queue] == ["new"] * 4  # 12 items over the 3 days before the margin
    assert len({e.item.topic for e in queue}) == 3  # spread over topics
    # Four were met for the first time today already: eight left for two more days' quota.
    rest = {k: v for k, v in catalogue.items() if k not in {e.item.id for e in queue}}
    assert build_queue({}, rest, mastery, policy, T0, UTC, new_today=4) == []
    assert build_queue({}, catalogue, mastery, ReviewPolicy(), T0, UTC) == []


def test_weak_session_draws_from_the_weakest_topics_most_failed_first() -> None:
    from interview_app.core.review.mastery import topic_mastery

    catalogue = items()
    rows = [attempt(1, 0, "incorrect", item="b1", topic="b"), attempt(2, 1, "incorrect", item="b1", topic="b"),
            attempt(3, 1, "incorrect", item="b2", topic="b"),
            *[attempt(10 + i, 1, "correct", item=f"a{i}", topic="a") for i in range(4)],
            *[attempt(20 + i, 1, "correct", item=f"c{i}", topic="c") for i in range(4)]]  # fmt: skip
    cards = replay(sorted(rows, key=lambda r: (r["created_at"], r["id"])), ReviewPolicy())
    now = T0 + timedelta(days=2)
    mastery = topic_mastery(cards.values(), catalogue, now)
    session = weak_session(cards, catalogue, mastery, now, topics=1)
    assert [e.item.id for e in session] == ["b1", "b2", "b0", "b3"]
