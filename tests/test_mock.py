"""Mock interviews: presets validate and draw from the shipped content; the engine keeps time
exactly under a fake clock (expiry, pauses, a crash and resume); reports render."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

import pytest

from interview_app.core.bank import load_default_bank
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.mock.draw import Item, candidates, draw
from interview_app.core.mock.engine import MockSession, SessionError
from interview_app.core.mock.presets import PresetError, load_presets, parse_preset
from interview_app.core.mock.report import build_report, to_html, to_markdown

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)
PRESETS = load_presets()
POOL = candidates(list(load_default_bank().questions.values()), list(load_exercises()[0].values()))


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def session(duration: float = 600, pause_allowed: bool = False) -> MockSession:
    items = [Item(f"q:item-{n}", "concept", "topic", 0, 200) for n in range(3)]
    return MockSession.create("p", items, duration, pause_allowed=pause_allowed)


def test_presets_cover_roles_and_levels() -> None:
    assert len(PRESETS) >= 5
    assert {p.role for p in PRESETS.values()} >= {"ml-engineer", "data-scientist", "mlops-engineer",
                                                   "ai-engineer", "research-scientist"}  # fmt: skip
    assert {p.level for p in PRESETS.values()} == {"junior", "mid", "senior"}
    assert PRESETS["mle-senior-big-tech"].minutes == 45


@pytest.mark.parametrize("preset", PRESETS.values(), ids=lambda p: p.id)
def test_every_preset_draws_fully_from_the_shipped_content(preset) -> None:
    items, notes = draw(preset, POOL, random.Random(1))
    assert notes == []
    assert len(items) == sum(s.count for s in preset.sections)
    assert len({i.key for i in items}) == len(items)
    for item in items:
        section = preset.sections[item.section]
        assert item.kind in section.kinds and (not section.topics or item.topic in section.topics)


def test_draw_is_deterministic_and_prefers_fresh_items() -> None:
    preset = PRESETS["ds-mid-any"]
    first, _ = draw(preset, POOL, random.Random(5))
    assert first == draw(preset, POOL, random.Random(5))[0]
    again, _ = draw(preset, POOL, random.Random(5), recent=frozenset(i.key for i in first))
    first_section = {i.key for i in first if i.section == 0}
    assert not first_section & {i.key for i in again if i.section == 0}, "fresh items come first"


def test_bad_preset_names_the_field() -> None:
    with pytest.raises(PresetError, match=r"field 'sections\[0\]\.minutes'"):
        parse_preset({"id": "x", "title": "t", "role": "ml-engineer", "level": "mid", "employer": "any",
                      "description": "d", "sections": [{"minutes": 0, "count": 1, "kinds": ["concept"]}]},
                     "p.toml")  # fmt: skip
    with pytest.raises(PresetError, match="field 'role'"):
        parse_preset({"id": "x", "title": "t", "role": "chef", "level": "mid", "employer": "any",
                      "description": "d", "sections": []}, "p.toml")  # fmt: skip


def test_time_runs_per_item_and_expiry_submits() -> None:
    s = session(duration=600)
    s.start(at(0))
    s.answer(0, "first", at(100))
    s.go_to(1, at(150))
    assert s.remaining(at(300)) == 300
    assert [round(i.spent_s) for i in s.items] == [150, 150, 0]
    assert s.remaining(at(700)) == 0 and s.finished == "time"
    assert s.elapsed_s == 600 and s.items[1].spent_s == 450
    with pytest.raises(SessionError):
        s.answer(2, "too late", at(701))
    assert [i.answer for i in s.items] == ["first", None, None]


def test_pause_only_when_allowed_and_not_counted() -> None:
    strict = session()
    strict.start(at(0))
    with pytest.raises(SessionError):
        strict.pause(at(10))
    s = session(duration=600, pause_allowed=True)
    s.start(at(0))
    s.pause(at(60))
    assert s.paused and s.remaining(at(500)) == 540
    s.resume(at(500))
    assert s.remaining(at(560)) == 480
    assert s.pauses == [[60.0, 60.0]]


def test_crash_and_resume_keeps_answers_and_time_left() -> None:
    s = session(duration=600)
    s.start(at(0))
    s.answer(0, {"text": "an answer"}, at(120))
    s.tick(at(200))
    saved = json.loads(json.dumps(s.to_json()))  # what the store keeps after every change
    restored = MockSession.from_json(saved)
    restored.after_crash()
    restored.resume(at(5000))  # the app was down for over an hour
    assert restored.remaining(at(5000)) == 400
    assert restored.items[0].answer == {"text": "an answer"} and restored.items[0].answered_s == 120
    restored.submit(at(5010))
    assert restored.finished == "submitted" and restored.elapsed_s == 210


def test_report_markdown_and_html() -> None:
    preset = PRESETS["mle-senior-big-tech"]
    items, _ = draw(preset, POOL, random.Random(2))
    s = MockSession.create(preset.id, items, preset.minutes * 60)
    s.start(at(0))
    s.answer(0, "x", at(60))
    s.answer(1, "<script>", at(120))
    s.submit(at(600))
    scores = {items[0].key: 1.0, items[1].key: 0.25}
    titles = {i.key: f"Question <{n}>" for n, i in enumerate(items)}
    report = build_report(s, preset, scores, titles, {items[0].key: "correct"}, {}, previous=[0.2])
    assert report.overall == pytest.approx(1.25 / len(items))
    assert report.items[2].verdict == "not answered"
    assert (
        report.trend.startswith("down")
        or report.trend.startswith("up")
        or report.trend.startswith("level")
    )
    markdown = to_markdown(report)
    assert "# Mock interview report" in markdown and "| 1 | Question <0> |" in markdown
    page = to_html(report)
    assert "<script>" not in page and "Question &lt;0&gt;" in page
