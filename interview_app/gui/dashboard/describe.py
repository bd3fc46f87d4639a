"""What the details panel says about a topic, a period, a forecast day, a mock or an item.

Plain Python: each function returns a Details that the panel shows as it is."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from interview_app.core.practice import plural
from interview_app.core.progress.dashboard import WeakItem
from interview_app.core.review.catalogue import Item
from interview_app.core.review.mastery import TopicMastery
from interview_app.core.review.policy import LEECH_FAILS
from interview_app.gui.dashboard.aggregate import ItemRow
from interview_app.gui.dashboard.colours import AMBER, BAD, GOOD, MUTED, OUTCOME_COLOURS

Cell = tuple[str, str]  # text, colour ("" for the default)
Line = tuple[str, Sequence[Cell]]  # a title, and the facts under it
MISSED = ("incorrect", "partial")


@dataclass(frozen=True)
class Details:
    title: str
    summary: str = ""
    rows: Sequence[Line] = ()
    row_ids: Sequence[str] = ()
    markdown: str = ""
    action: str = ""
    ids: Sequence[str] = field(default_factory=list)
    mode: str = "review"


def long_day(day: date | datetime, year: bool = True) -> str:
    """ "Thursday 3 December 2026": no zero padding, unlike strftime's %d."""
    return f"{day:%A} {day.day} {day:%B}" + (f" {day.year}" if year else "")


def short_day(day: date | datetime, year: bool = True) -> str:
    return f"{day:%a} {day.day} {day:%b}" + (f" {day.year}" if year else "")


def duration(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole} min" if whole < 60 else f"{whole // 60} h {whole % 60:02d} min"


def due_text(due: datetime | None, today: date, tz: tzinfo) -> Cell:
    if due is None:
        return ("not scheduled", MUTED)
    days = (due.astimezone(tz).date() - today).days
    if days < 0:
        return (f"{-days} d overdue", BAD)
    return ({0: "due today", 1: "due tomorrow"}.get(days, f"due in {days} d"), "")


def recall_cell(recall: float) -> Cell:
    return (f"recall {recall:.0%}", BAD if recall < 0.5 else AMBER if recall < 0.8 else GOOD)


def item_lines(
    rows: Sequence[ItemRow], today: date, tz: tzinfo, with_due: bool = True
) -> list[Line]:
    lines: list[Line] = []
    for row in rows:
        card = row.card
        if card is None:
            lines.append((row.item.title, [("not tried yet", MUTED)]))
            continue
        fails = (f"{card.fails} fail{'s' if card.fails != 1 else ''}", "")
        if card.is_leech:
            fails = (f"⚑ leech, {plural(card.fails, 'fail')}", BAD)
        facts = [recall_cell(row.recall), fails]
        if with_due:
            facts.append(due_text(row.due, today, tz))
        lines.append((row.item.title, facts))
    return lines


def mastery_phrase(m: TopicMastery) -> str:
    """'not started', or the mastery with how sure it is."""
    return "not started" if not m.started else f"{m.mastery:.0%} mastery ({m.sureness})"


def topic_tooltip(title: str, m: TopicMastery) -> str:
    return (
        f"{title}: {mastery_phrase(m)}\n"
        f"{m.seen} of {plural(m.items, 'item')} tried, {plural(m.attempts, 'attempt')}\n"
        f"{m.due} due today, {m.leeches} leech{'es' if m.leeches != 1 else ''}"
    )


def topic_details(
    title: str,
    mastery: TopicMastery,
    rows: Sequence[ItemRow],
    practise_ids: Sequence[str],
    today: date,
    tz: tzinfo,
) -> Details:
    summary = (
        f"{mastery_phrase(mastery)} · {mastery.seen} of {mastery.items} "
        f"items tried · {plural(mastery.attempts, 'attempt')} · {mastery.due} due today"
    )
    return Details(
        title=title,
        summary=summary,
        rows=item_lines(rows, today, tz),
        row_ids=[r.item.id for r in rows],
        action="Practise this topic's weak items",
        ids=list(practise_ids),
        mode="weak",
    )


def forecast_details(offset: int, day: date, rows: Sequence[ItemRow], tz: tzinfo) -> Details:
    when = {0: "today", 1: "tomorrow"}.get(offset, f"in {offset} days")
    title = "Due today" if offset == 0 else f"Due {when}, {long_day(day, year=False)}"
    summary = f"{len(rows)} review{'s' if len(rows) != 1 else ''} due {when}"
    if offset == 0:
        summary += ", overdue ones included"
    today = date.fromordinal(day.toordinal() - offset)
    return Details(
        title=title,
        summary=summary if rows else "Nothing falls due that day.",
        rows=item_lines(rows, today, tz, with_due=offset == 0),
        row_ids=[r.item.id for r in rows],
        action="Review these now" if offset == 0 else "Review these early",
        ids=[r.item.id for r in rows],
    )


def attempts_details(
    title: str,
    attempts: Sequence[Mapping[str, Any]],
    items: Mapping[str, Item],
    tz: tzinfo,
    with_date: bool,
    limit: int,
) -> Details:
    """One period's attempts (newest first, as the store returns them)."""
    rows: list[Line] = []
    missed: list[str] = []
    graded = score = 0.0
    for attempt in attempts:
        item_id = attempt["question_id"]
        item = items.get(item_id)
        when = datetime.fromisoformat(attempt["created_at"]).astimezone(tz)
        outcome = attempt["outcome"]
        stamp = f"{short_day(when, year=False)}, {when:%H:%M}" if with_date else f"{when:%H:%M}"
        facts = [(stamp, MUTED), (outcome, OUTCOME_COLOURS.get(outcome, MUTED))]
        rows.append((item.title if item else item_id, facts))
        if outcome in OUTCOME_COLOURS:
            graded += 1
            score += {"correct": 1.0, "partial": 0.5}.get(outcome, 0.0)
        if outcome in MISSED and item_id not in missed:
            missed.append(item_id)
    if not attempts:
        summary = "No practice that day." if not with_date else "No practice in that period."
    else:
        more = f" (latest {limit} shown)" if len(attempts) >= limit else ""
        right = f", {score / graded:.0%} right" if graded else ""
        summary = f"{plural(len(attempts), 'attempt')}{right}{more}."
        if not missed:
            summary += " Nothing missed."
    return Details(
        title=title,
        summary=summary,
        rows=rows,
        row_ids=[a["question_id"] for a in attempts],
        action=f"Practise the {len(missed)} missed item{'s' if len(missed) != 1 else ''}",
        ids=missed,
    )


def mock_details(mock: Mapping[str, Any], number: int, count: int, tz: tzinfo) -> Details:
    when = mock["finished_at"].astimezone(tz)
    text = (
        f"## {mock['overall']:.0%}\n\noverall score, mock interview {number} of {count}.\n\n"
        f"Finished on {long_day(when)} at {when:%H:%M}. The full report is on the "
        "Mock interview page."
    )
    return Details(title=mock["title"], summary=short_day(when), markdown=text)


def item_details(
    weak: WeakItem, topic_title: Callable[[str], str], today: date, tz: tzinfo
) -> Details:
    card, item = weak.card, weak.item
    summary = (
        f"{topic_title(item.topic)} · {item.difficulty} · recall {weak.recall:.0%} · "
        f"{card.fails} fail day{'s' if card.fails != 1 else ''} · {card.accuracy:.0%} right "
        f"over {plural(card.attempts, 'attempt')} · {due_text(card.due, today, tz)[0]}"
    )
    markdown = ""
    if card.is_leech and item.explanation:
        markdown = (
            f"**A leech**: answered wrongly on {card.fails} separate days "
            f"({LEECH_FAILS} make a leech). Read the explanation again before the next try.\n\n"
            f"---\n\n{item.explanation}"
        )
    return Details(
        title=item.title,
        summary=summary,
        markdown=markdown,
        action="Practise this item",
        ids=[item.id],
    )
