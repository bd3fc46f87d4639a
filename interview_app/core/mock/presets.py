"""Mock-interview presets: loops by role, level and employer type, as TOML data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview_app.core.paths import shipped_dir

ROLES = (
    "ml-engineer",
    "data-scientist",
    "mlops-engineer",
    "ai-engineer",
    "research-scientist",
    "custom",
)
LEVELS = ("junior", "mid", "senior")
EMPLOYERS = ("big-tech", "start-up", "regulated-enterprise", "any")
ITEM_KINDS = ("concept", "choice", "numeric", "math", "design", "code")
DIFFICULTIES = ("easy", "medium", "hard")


class PresetError(ValueError):
    """A malformed preset; the message names the file and field."""


@dataclass(frozen=True)
class Section:
    title: str
    minutes: int
    count: int
    kinds: tuple[str, ...]
    topics: tuple[str, ...]  # empty: any topic
    difficulties: tuple[str, ...]


@dataclass(frozen=True)
class Preset:
    id: str
    title: str
    role: str
    level: str
    employer: str
    description: str
    pause_allowed: bool
    sections: tuple[Section, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sections)


def _choices(
    data: dict[str, Any], key: str, allowed: tuple[str, ...], fail: Any
) -> tuple[str, ...]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(v in allowed for v in values):
        raise fail(key, f"must be a list drawn from {', '.join(allowed)}")
    return tuple(values)


def parse_preset(data: dict[str, Any], where: str) -> Preset:
    def fail(field: str, message: str) -> PresetError:
        return PresetError(f"{where}: field '{field}': {message}")

    for key in ("id", "title", "role", "level", "employer", "description"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(key, "must be a non-empty string")
    for key, allowed in (("role", ROLES), ("level", LEVELS), ("employer", EMPLOYERS)):
        if data[key] not in allowed:
            raise fail(key, f"must be one of {', '.join(allowed)}")
    sections = []
    for n, raw in enumerate(data.get("sections", [])):
        if not isinstance(raw, dict):
            raise fail("sections", f"item {n} must be a table")
        minutes, count = raw.get("minutes"), raw.get("count")
        if not isinstance(minutes, int) or not 1 <= minutes <= 120:
            raise fail(f"sections[{n}].minutes", "must be a whole number from 1 to 120")
        if not isinstance(count, int) or not 1 <= count <= 20:
            raise fail(f"sections[{n}].count", "must be a whole number from 1 to 20")
        kinds = _choices(raw, "kinds", ITEM_KINDS, lambda k, m, n=n: fail(f"sections[{n}].{k}", m))
        if not kinds:
            raise fail(f"sections[{n}].kinds", "must name at least one kind")
        topics = raw.get("topics", [])
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise fail(f"sections[{n}].topics", "must be a list of topic ids")
        sections.append(Section(
            title=str(raw.get("title") or f"Section {n + 1}"), minutes=minutes, count=count, kinds=kinds,
            topics=tuple(topics),
            difficulties=_choices(raw, "difficulties", DIFFICULTIES, lambda k, m, n=n: fail(f"sections[{n}].{k}", m)),
        ))  # fmt: skip
    if not sections:
        raise fail("sections", "a preset needs at least one section")
    return Preset(
        id=data["id"], title=data["title"], role=data["role"], level=data["level"],
        employer=data["employer"], description=data["description"].strip(),
        pause_allowed=bool(data.get("pause_allowed", False)), sections=tuple(sections),
    )  # fmt: skip


def load_presets(folder: Path | None = None) -> dict[str, Preset]:
    folder = folder or shipped_dir("question_bank") / "presets"
    presets: dict[str, Preset] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PresetError(f"{path}: invalid TOML: {exc}") from None
        preset = parse_preset(data, str(path))
        if preset.id in presets:
            raise PresetError(f"{path}: field 'id': duplicate preset id {preset.id!r}")
        presets[preset.id] = preset
    return presets
