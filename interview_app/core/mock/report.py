"""The report after a mock interview: scores overall and per section, time against targets,
weakest topics, the trend against earlier sessions of the same preset, and per question the
candidate's answer beside the explanation. One list of blocks renders as Markdown or HTML, so
both exports carry the same complete report."""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import mean
from typing import Any

from interview_app.core.mock.engine import MockSession
from interview_app.core.mock.presets import Preset


@dataclass(frozen=True)
class ItemResult:
    key: str
    title: str
    section: str
    topic: str
    score: float | None  # 0..1; None when not answered
    spent_s: float
    target_s: int
    verdict: str  # e.g. "accepted", "correct", "rubric 3.2/4", "not answered"
    explanation: str = ""
    answer: str = ""  # the candidate's answer as text ("" when blank)
    kind: str = ""  # the item's kind; "code" answers render as code


@dataclass(frozen=True)
class Report:
    preset: str
    overall: float
    sections: dict[str, float]
    items: list[ItemResult]
    weakest_topics: list[str]
    time_used_s: float
    ended: str
    previous: list[float] = field(default_factory=list)

    @property
    def trend(self) -> str:
        if not self.previous:
            return "First session of this preset."
        last = self.previous[-1]
        change = (self.overall - last) * 100
        direction = "up" if change > 0.5 else "down" if change < -0.5 else "level"
        return f"{direction} {abs(change):.0f} points on the last session ({last:.0%}); best so far {max(self.previous):.0%}."


def build_report(session: MockSession, preset: Preset, scores: dict[str, float | None],
                 titles: dict[str, str], verdicts: dict[str, str], explanations: dict[str, str],
                 previous: list[float], topic_titles: dict[str, str] | None = None,
                 answers: dict[str, str] | None = None) -> Report:  # fmt: skip
    """The report for a finished session; `answers` holds each item's answer as text."""
    answers = answers or {}
    items = [
        ItemResult(
            key=item.key, title=titles.get(item.key, item.key), section=preset.sections[item.section].title,
            topic=item.topic, score=scores.get(item.key) if item.answer is not None else 0.0,
            spent_s=item.spent_s, target_s=item.target_s,
            verdict=verdicts.get(item.key, "") if item.answer is not None else "not answered",
            explanation=explanations.get(item.key, ""),
            answer=answers.get(item.key, "") if item.answer is not None else "", kind=item.kind,
        )
        for item in session.items
    ]  # fmt: skip
    by_section: dict[str, list[float]] = defaultdict(list)
    by_topic: dict[str, list[float]] = defaultdict(list)
    for result in items:
        value = result.score or 0.0
        by_section[result.section].append(value)
        by_topic[result.topic].append(value)
    topic_means = {t: mean(v) for t, v in by_topic.items()}
    names = topic_titles or {}
    weakest = [
        names.get(t, t) for t, v in sorted(topic_means.items(), key=lambda kv: kv[1]) if v < 0.7
    ][:3]
    return Report(
        preset=preset.title, overall=mean(r.score or 0.0 for r in items) if items else 0.0,
        sections={s: mean(v) for s, v in by_section.items()}, items=items, weakest_topics=weakest,
        time_used_s=session.elapsed_s, ended="time ran out" if session.finished == "time" else "submitted",
        previous=list(previous),
    )  # fmt: skip


def answer_text(kind: str, answer: Any, options: tuple[str, ...] = ()) -> str:
    """A stored answer as text: chosen options by their wording, design notes by section."""
    if answer is None:
        return ""
    if kind == "choice" and isinstance(answer, list):
        return "\n".join(f"- {options[i]}" if 0 <= i < len(options) else f"- option {i}"
                         for i in answer)  # fmt: skip
    if isinstance(answer, dict):
        return "\n\n".join(f"{title}:\n{text}" for title, text in answer.items() if text.strip())
    return str(answer)


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


Block = tuple[str, Any]  # ("h1" | "h2" | "h3" | "p" | "text" | "code" | "list" | "table", data)


def blocks(report: Report) -> list[Block]:
    """The whole report as neutral blocks, the single source of both exports."""
    out: list[Block] = [
        ("h1", f"Mock interview report: {report.preset}"),
        ("p", f"Overall: {report.overall:.0%} · time used {_clock(report.time_used_s)} · {report.ended}"),
        ("p", report.trend),
        ("h2", "Sections"),
        ("table", (("section", "score"), [(n, f"{v:.0%}") for n, v in report.sections.items()])),
        ("h2", "Questions"),
        ("table", (("#", "question", "section", "result", "score", "time / target"),
                   [(str(n), i.title, i.section, i.verdict, "–" if i.score is None else f"{i.score:.0%}",
                     f"{_clock(i.spent_s)} / {_clock(i.target_s)}") for n, i in enumerate(report.items, 1)])),
    ]  # fmt: skip
    if report.weakest_topics:
        out += [("h2", "Weakest topics in this session"), ("list", list(report.weakest_topics))]
    out.append(("h2", "Your answers and the explanations"))
    for n, item in enumerate(report.items, 1):
        out += [("h3", f"{n}. {item.title}"), ("p", f"Result: {item.verdict}")]
        out.append(("p", "Your answer:"))
        if not item.answer:
            out.append(("p", "(blank)"))
        else:
            out.append(("code" if item.kind == "code" else "text", item.answer))
        if item.explanation:
            out += [("p", "Explanation:"), ("text", item.explanation)]
    return out


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    """The report as Markdown."""
    lines: list[str] = []
    for kind, data in blocks(report):
        if kind in ("h1", "h2", "h3"):
            lines += ["#" * int(kind[1]) + " " + data, ""]
        elif kind == "p":
            bold = data.startswith(("Overall:", "Your answer:", "Explanation:", "Result:"))
            lines += [f"**{data}**" if bold else data, ""]
        elif kind == "text":
            lines += [data.strip(), ""]
        elif kind == "code":
            fence = "````" if "```" in data else "```"
            lines += [fence + "python", data.rstrip(), fence, ""]
        elif kind == "list":
            lines += [*(f"- {t}" for t in data), ""]
        else:
            header, rows = data
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "---|" * len(header))
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _html_text(text: str) -> str:
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _html_block(kind: str, data: Any) -> str:
    if kind in ("h1", "h2", "h3"):
        return f"<{kind}>{html.escape(data)}</{kind}>"
    if kind == "p":
        return f"<p>{html.escape(data)}</p>"
    if kind == "text":
        return _html_text(data)
    if kind == "code":
        return f"<pre><code>{html.escape(data.rstrip())}</code></pre>"
    if kind == "list":
        return "<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in data) + "</ul>"
    header, rows = data
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def to_html(report: Report) -> str:
    """A standalone page with the same content as the Markdown; every value is escaped."""
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(report.preset)}</title>"
        "<style>body{font-family:sans-serif;max-width:900px;margin:2em auto;line-height:1.45}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}"
        "pre{background:#f1f3f5;padding:8px;white-space:pre-wrap}</style></head><body>"
        + "".join(_html_block(kind, data) for kind, data in blocks(report))
        + "</body></html>"
    )
