"""The report after a mock interview: scores overall and per section, time against targets,
weakest topics, and the trend against earlier sessions of the same preset. Markdown or HTML."""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import mean

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
                 previous: list[float], topic_titles: dict[str, str] | None = None) -> Report:  # fmt: skip
    items = [
        ItemResult(
            key=item.key, title=titles.get(item.key, item.key), section=preset.sections[item.section].title,
            topic=item.topic, score=scores.get(item.key) if item.answer is not None else 0.0,
            spent_s=item.spent_s, target_s=item.target_s,
            verdict=verdicts.get(item.key, "") if item.answer is not None else "not answered",
            explanation=explanations.get(item.key, ""),
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


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def to_markdown(report: Report) -> str:
    lines = [
        f"# Mock interview report: {report.preset}",
        "",
        f"**Overall: {report.overall:.0%}** · time used {_clock(report.time_used_s)} · {report.ended}",
        "",
        report.trend,
        "",
        "## Sections",
        "",
        "| section | score |",
        "|---|---|",
        *[f"| {name} | {score:.0%} |" for name, score in report.sections.items()],
        "",
        "## Questions",
        "",
        "| # | question | section | result | score | time / target |",
        "|---|---|---|---|---|---|",
    ]
    for n, item in enumerate(report.items, 1):
        score = "–" if item.score is None else f"{item.score:.0%}"
        lines.append(f"| {n} | {item.title} | {item.section} | {item.verdict} | {score} | "
                     f"{_clock(item.spent_s)} / {_clock(item.target_s)} |")  # fmt: skip
    if report.weakest_topics:
        lines += [
            "",
            "## Weakest topics in this session",
            "",
            *[f"- {t}" for t in report.weakest_topics],
        ]
    explained = [(n, i) for n, i in enumerate(report.items, 1) if i.explanation]
    if explained:
        lines += ["", "## Explanations", ""]
        for n, item in explained:
            lines += [f"### {n}. {item.title}", "", item.explanation, ""]
    return "\n".join(lines).rstrip() + "\n"


def to_html(report: Report) -> str:
    """A standalone page; every value is escaped."""
    rows = "".join(
        f"<tr><td>{n}</td><td>{html.escape(i.title)}</td><td>{html.escape(i.section)}</td>"
        f"<td>{html.escape(i.verdict)}</td><td>{'–' if i.score is None else f'{i.score:.0%}'}</td>"
        f"<td>{_clock(i.spent_s)} / {_clock(i.target_s)}</td></tr>"
        for n, i in enumerate(report.items, 1)
    )
    sections = "".join(
        f"<tr><td>{html.escape(s)}</td><td>{v:.0%}</td></tr>" for s, v in report.sections.items()
    )
    weakest = "".join(f"<li>{html.escape(t)}</li>" for t in report.weakest_topics)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(report.preset)}</title>"
        "<style>body{font-family:sans-serif;max-width:900px;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style></head><body>"
        f"<h1>Mock interview report: {html.escape(report.preset)}</h1>"
        f"<p><b>Overall: {report.overall:.0%}</b> · time used {_clock(report.time_used_s)} · "
        f"{html.escape(report.ended)}</p><p>{html.escape(report.trend)}</p>"
        f"<h2>Sections</h2><table><tr><th>section</th><th>score</th></tr>{sections}</table>"
        "<h2>Questions</h2><table><tr><th>#</th><th>question</th><th>section</th><th>result</th>"
        f"<th>score</th><th>time / target</th></tr>{rows}</table>"
        + (f"<h2>Weakest topics</h2><ul>{weakest}</ul>" if weakest else "")
        + "</body></html>"
    )
