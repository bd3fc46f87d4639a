"""`progress summary`: totals, and per topic attempts, accuracy, mastery and what is due."""

from __future__ import annotations

from typing import Any

from interview_app.core.progress.dashboard import Dashboard


def summary(board: Dashboard) -> dict[str, Any]:
    topics: dict[str, Any] = {}
    for topic in sorted(set(board.mastery) | set(board.topic_activity)):
        m = board.mastery.get(topic)
        a = board.topic_activity.get(topic)
        topics[topic] = {
            "attempts": a.attempts if a else 0,
            "accuracy": round(a.accuracy, 4) if a else 0.0,
            "mastery": round(m.mastery, 4) if m else 0.0,
            "confidence": round(m.confidence, 4) if m else 0.0,
            "due": m.due if m else 0,
            "items": m.items if m else 0,
            "seen": m.seen if m else 0,
            "leeches": m.leeches if m else 0,
        }
    policy = board.policy
    return {
        "attempts": board.attempts,
        "sessions": board.sessions,
        "topics": topics,
        "weakest": board.weakest_topics,
        "due_today": len([e for e in board.queue if e.reason != "new"]),
        "new_today": len([e for e in board.queue if e.reason == "new"]),
        "streak_days": board.streak,
        "interview_date": policy.interview_date.isoformat() if policy.interview_date else None,
        "desired_retention": round(policy.retention(board.today), 4),
    }


def summary_text(data: dict[str, Any], titles: dict[str, str]) -> str:
    lines = [
        f"{data['attempts']} attempts in {data['sessions']} sessions; "
        f"{data['due_today']} reviews due today; streak {data['streak_days']} days.",
    ]
    if data["interview_date"]:
        lines.append(f"Interview on {data['interview_date']}; aiming at "
                     f"{data['desired_retention']:.0%} recall.")  # fmt: skip
    lines.append("")
    lines.append(f"{'topic':34} {'tries':>6} {'right':>6} {'mastery':>8} {'due':>4}")
    for topic, t in data["topics"].items():
        name = titles.get(topic, topic)[:34]
        right = f"{t['accuracy']:.0%}" if t["attempts"] else "-"
        lines.append(f"{name:34} {t['attempts']:>6} {right:>6} {t['mastery']:>8.2f} {t['due']:>4}")
    if data["weakest"]:
        lines.append("")
        lines.append("Weakest: " + ", ".join(titles.get(t, t) for t in data["weakest"][:5]))
    return "\n".join(lines)
