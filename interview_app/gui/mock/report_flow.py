"""Turning a finished interview into stored attempts, and exporting its report."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from interview_app.core.mock.engine import MockSession
from interview_app.core.mock.presets import Preset
from interview_app.core.records import AttemptRecord
from interview_app.core.vocab import Outcome


def outcome_for(score: float) -> Outcome:
    return (
        Outcome.CORRECT if score >= 0.999 else Outcome.PARTIAL if score > 0 else Outcome.INCORRECT
    )


def attempts_for(session: MockSession, scores: dict[str, float], verdicts: dict[str, str],
                 details: dict[str, dict[str, Any]], mock_id: int, now: datetime,
                 outcomes: dict[str, Outcome] | None = None) -> list[AttemptRecord]:  # fmt: skip
    """One attempt per answered item, linked to the interview, so progress counts them too.

    An outcome given for an item (a self-scored rubric verdict) wins over one read off its score.
    """
    outcomes = outcomes or {}
    return [
        AttemptRecord(
            question_id=item.key.partition(":")[2], topic=item.topic, kind=item.kind, created_at=now,
            answer=item.answer, outcome=outcomes.get(item.key) or outcome_for(scores.get(item.key, 0.0)),
            score=scores.get(item.key, 0.0), time_spent_ms=int(item.spent_s * 1000), source="mock", target_seconds=item.target_s,
            details={"mock": mock_id, "verdict": verdicts.get(item.key, ""), **details.get(item.key, {})},
        )
        for item in session.items
        if item.answer is not None
    ]  # fmt: skip


def preset_json(preset: Preset) -> dict[str, Any]:
    return json.loads(json.dumps(asdict(preset)))


def default_name(texts: dict[str, str], kind: str, now: datetime) -> str:
    """A name with the date and time, so a second export does not replace the first."""
    first = texts.get("markdown", "").splitlines()[:1]
    title = first[0].split(":", 1)[-1] if first else "mock interview"
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:40] or "mock-interview"
    return f"mock-interview-{slug}-{now.astimezone():%Y-%m-%d-%H%M}.{kind}"


def export_report(parent: QWidget, texts: dict[str, str], kind: str, now: datetime,
                  folder: Path | None) -> Path | None:  # fmt: skip
    """Ask where to save, write Markdown or HTML there, and confirm; the saved path or None."""
    suffix = "Markdown (*.md)" if kind == "md" else "HTML (*.html)"
    name = default_name(texts, kind, now)
    start = str(folder / name) if folder else name
    path, _ = QFileDialog.getSaveFileName(parent, "Export report", start, suffix)
    if not path:
        return None
    target = Path(path)
    try:
        target.write_text(texts["markdown"] if kind == "md" else texts["html"], encoding="utf-8")
    except OSError as exc:
        QMessageBox.warning(parent, "Export report", f"The report could not be saved: {exc}")
        return None
    return target
