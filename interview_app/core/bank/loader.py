"""Loading bank directories: every problem is collected, valid questions are kept."""

from __future__ import annotations

import os
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview_app.core.bank.lines import LineIndex
from interview_app.core.bank.model import Question, Topic
from interview_app.core.bank.schema import BY_KIND, COMMON, FieldError, build, cross_check
from interview_app.core.paths import shipped_dir
from interview_app.core.vocab import Kind

TOPICS_FILE = "topics.toml"
MAX_FILE_BYTES = 2_000_000
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class BankProblem:
    path: Path
    message: str
    line: int | None = None
    question_id: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = _display(self.path) + (f":{self.line}" if self.line else "")
        subject = []
        if self.question_id:
            subject.append(f"question '{self.question_id}'")
        if self.field:
            subject.append(f"field '{self.field}'")
        prefix = " ".join(subject)
        return f"{where}: {prefix}: {self.message}" if prefix else f"{where}: {self.message}"


@dataclass
class Bank:
    questions: dict[str, Question] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    problems: list[BankProblem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        qs = list(self.questions.values())
        return {
            "by_topic": dict(sorted(Counter(q.topic for q in qs).items())),
            "by_kind": dict(sorted(Counter(q.kind.value for q in qs).items())),
            "by_difficulty": dict(sorted(Counter(q.difficulty.value for q in qs).items())),
        }


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def load_default_bank(extra_dirs: Sequence[Path] = ()) -> Bank:
    return load_bank([shipped_dir("question_bank"), *extra_dirs])


def load_bank(dirs: Sequence[Path]) -> Bank:
    """Load every bank directory in order; the first definition of an id or topic wins."""
    bank = Bank()
    for d in dirs:
        _load_topics(bank, Path(d) / TOPICS_FILE)
    for d in dirs:
        for path in sorted(Path(d).glob("*.toml")):
            if path.name != TOPICS_FILE:
                _load_questions(bank, path)
    return bank


def _read_toml(bank: Bank, path: Path) -> tuple[dict[str, Any], str] | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            bank.problems.append(BankProblem(path, f"file is larger than {MAX_FILE_BYTES} bytes"))
            return None
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        bank.problems.append(BankProblem(path, f"not UTF-8 text (byte {exc.start})"))
        return None
    except OSError as exc:
        bank.problems.append(BankProblem(path, f"cannot read file: {exc.strerror or exc}"))
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        message = _TOML_POSITION.sub("", str(exc)).strip()
        line = int(match.group(1)) if match else None
        bank.problems.append(BankProblem(path, f"invalid TOML: {message}", line=line))
        return None
    bank.files.append(path)
    return data, text


def _load_topics(bank: Bank, path: Path) -> None:
    if not path.is_file():
        return
    loaded = _read_toml(bank, path)
    if loaded is None:
        return
    data, text = loaded
    entries = data.get("topics")
    if not isinstance(entries, list):
        bank.problems.append(BankProblem(path, "expected [[topics]] tables", field="topics"))
        return
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        topic_id = entry.get("id")
        line = _find_line(text, "id", topic_id)
        try:
            topic = Topic(
                id=COMMON["id"].check(topic_id),
                title=COMMON["prompt"].check(entry.get("title", topic_id)),
                description=str(entry.get("description", "")),
            )
        except FieldError as exc:
            bank.problems.append(BankProblem(path, str(exc), line=line, field="id"))
            continue
        if topic.id in bank.topics:
            bank.problems.append(
                BankProblem(path, "topic declared twice", line=line, field="id", question_id=None)
            )
            continue
        bank.topics[topic.id] = topic


def _find_line(text: str, key: str, value: Any) -> int | None:
    if not isinstance(value, str):
        return None
    pattern = re.compile(
        rf"^[ \t]*{re.escape(key)}[ \t]*=[ \t]*[\"']{re.escape(value)}[\"']", re.MULTILINE
    )
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _load_questions(bank: Bank, path: Path) -> None:
    loaded = _read_toml(bank, path)
    if loaded is None:
        return
    data, text = loaded
    lines = LineIndex(text)
    for key in data:
        if key not in ("topic", "questions"):
            bank.problems.append(
                BankProblem(path, "unknown top-level key", line=lines.field(None, key), field=key)
            )
    entries = data.get("questions", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        bank.problems.append(BankProblem(path, "expected [[questions]] tables", field="questions"))
        return
    file_topic = data.get("topic")
    for n, entry in enumerate(entries):
        raw = dict(entry)
        if file_topic is not None:
            raw.setdefault("topic", file_topic)
        question = _check_question(bank, path, lines, n, raw)
        if question is not None:
            bank.questions[question.id] = question


def _check_question(
    bank: Bank, path: Path, lines: LineIndex, n: int, raw: dict[str, Any]
) -> Question | None:
    qid = raw.get("id") if isinstance(raw.get("id"), str) else f"#{n + 1}"

    def problem(field_name: str | None, message: str) -> None:
        line = lines.field(n, field_name) if field_name else lines.question(n)
        bank.problems.append(BankProblem(path, message, line, qid, field_name))

    if "kind" not in raw:
        problem(None, "missing required field 'kind'")
        return None
    try:
        kind = Kind(raw["kind"])
    except ValueError:
        allowed = ", ".join(k.value for k in Kind)
        problem("kind", f"unknown kind {raw.get('kind')!r}; expected one of {allowed}")
        return None
    specs = {**COMMON, **BY_KIND[kind][1]}
    fields: dict[str, Any] = {}
    ok = True
    for name in raw:
        if name not in specs:
            problem(name, f"unknown field for a {kind.value} question")
            ok = False
    for name, spec in specs.items():
        if name not in raw:
            if spec.required:
                problem(name if name != "topic" else None, f"missing required field '{name}'")
                ok = False
            continue
        try:
            fields[name] = spec.check(raw[name])
        except FieldError as exc:
            problem(name, str(exc))
            ok = False
    if not ok:
        return None
    broken = cross_check(kind, fields)
    if broken:
        problem(*broken)
        return None
    if fields["topic"] not in bank.topics:
        problem("topic", f"unknown topic {fields['topic']!r}; declare it in a {TOPICS_FILE}")
        return None
    first = bank.questions.get(fields["id"])
    if first is not None:
        where = (
            _display(first.source) + (f":{first.line}" if first.line else "")
            if first.source
            else "?"
        )
        problem("id", f"duplicate id; first defined at {where}")
        return None
    fields["kind"] = kind
    return build(kind, {**fields, "source": path, "line": lines.question(n)})
