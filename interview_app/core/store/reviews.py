"""Review cards in the database: read, update with one attempt, rebuild from the history."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from interview_app.core.review.cards import CardState, apply_attempt, replay
from interview_app.core.review.policy import BASE_RETENTION, ReviewPolicy, is_weak

if TYPE_CHECKING:
    from sqlite_utils import Database

_CARD_COLUMNS = tuple(CardState.__dataclass_fields__)
_ATTEMPT_COLUMNS = (
    "id, question_id, topic, kind, created_at, outcome, rating, time_spent_ms, details"
)


def read_policy(db: Database) -> ReviewPolicy:
    values = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM settings")}
    interview = values.get("interview_date")
    retention = float(values.get("desired_retention") or BASE_RETENTION)
    return ReviewPolicy(retention, date.fromisoformat(interview) if interview else None)


def write_policy(db: Database, policy: ReviewPolicy) -> None:
    date_text = policy.interview_date.isoformat() if policy.interview_date else None
    with db.atomic():
        for key, value in (("interview_date", date_text),
                           ("desired_retention", str(policy.desired_retention))):  # fmt: skip
            if value is None:
                db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                db["settings"].upsert({"key": key, "value": value}, pk="key")


def read_cards(db: Database, item_ids: Iterable[str] | None = None) -> dict[str, CardState]:
    sql = f"SELECT {', '.join(_CARD_COLUMNS)} FROM review_cards"
    params: list[str] = []
    if item_ids is not None:
        params = list(item_ids)
        sql += f" WHERE item_id IN ({', '.join('?' * len(params))})"
    return {r["item_id"]: CardState.from_row(r) for r in db.query(sql, params)}


def review_attempt(db: Database, row: dict[str, Any]) -> None:
    """Fold a just-written attempt into its item's card (inside the caller's transaction)."""
    found = read_cards(db, [row["question_id"]])
    card = apply_attempt(
        found.get(row["question_id"]), row, read_policy(db), weak=_topic_is_weak(db, row["topic"])
    )
    if card.attempts:
        db.execute(_UPSERT, card.to_row())


def rebuild_cards(db: Database, item_ids: Iterable[str] | None = None) -> int:
    """Replay the history of these items (all when None) into fresh cards; returns cards written."""
    policy = read_policy(db)
    wanted = None if item_ids is None else sorted(set(item_ids))
    sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts"
    totals: dict[str, tuple[float, int]] = {}
    if wanted is not None:
        if not wanted:
            return 0
        marks = ", ".join("?" * len(wanted))
        sql += f" WHERE question_id IN ({marks})"
        # The weak-topic rule looks at the rest of the topic as it stands.
        for r in db.query(
            f"SELECT topic, sum(score_sum) s, sum(attempts) n FROM review_cards "
            f"WHERE item_id NOT IN ({marks}) GROUP BY topic", wanted
        ):  # fmt: skip
            totals[r["topic"]] = (r["s"] or 0.0, r["n"] or 0)
    rows = (_decoded(r) for r in db.query(sql + " ORDER BY created_at, id", wanted or []))
    cards = replay(rows, policy, totals)
    with db.atomic():
        if wanted is None:
            db.execute("DELETE FROM review_cards")
        else:
            db.execute(f"DELETE FROM review_cards WHERE item_id IN ({marks})", wanted)
        for card in cards.values():
            db.execute(_UPSERT, card.to_row())
    return len(cards)


def _topic_is_weak(db: Database, topic: str) -> bool:
    row = db.execute(
        "SELECT coalesce(sum(score_sum), 0), coalesce(sum(attempts), 0) FROM review_cards "
        "WHERE topic = ?", [topic]
    ).fetchone()  # fmt: skip
    return is_weak(float(row[0]), int(row[1]))


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "details": json.loads(row["details"] or "{}")}


_UPSERT = (
    f"INSERT OR REPLACE INTO review_cards ({', '.join(_CARD_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _CARD_COLUMNS)})"
)
