"""The command line, as the contracts describe it: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview_app.cli import main
from interview_app.core.store.migrations import LATEST_VERSION

from .conftest import CONCEPT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_validate_shipped_bank(capsys, data_dir) -> None:
    code, out, err = run(capsys, "bank", "validate")
    assert code == 0 and out.startswith("OK: ") and err == ""


def test_validate_broken_bank_reports_path_line_and_exits_1(capsys, data_dir, make_bank) -> None:
    broken = CONCEPT.replace('difficulty = "easy"', 'difficulty = "simple"')
    directory = make_bank(with_topics=False, mine='topic = "ml-fundamentals"\n' + broken)
    code, _, err = run(capsys, "bank", "validate", "--bank", str(directory))
    assert code == 1
    first = err.splitlines()[0]
    assert first.endswith(
        "mine.toml:6: question 'a-concept' field 'difficulty': must be one of easy, medium, hard "
        "(got 'simple')"
    )


def test_validate_includes_user_question_folder(capsys, data_dir: Path) -> None:
    (data_dir / "questions").mkdir(parents=True)
    (data_dir / "questions" / "bad.toml").write_text("[[questions]\n", encoding="utf-8")
    code, _, err = run(capsys, "bank", "validate")
    assert code == 1 and "bad.toml:1: invalid TOML" in err


def test_validate_missing_directory_is_a_usage_error(capsys, data_dir, tmp_path) -> None:
    code, _, err = run(capsys, "bank", "validate", "--bank", str(tmp_path / "nope"))
    assert code == 2 and "is not a directory" in err and "Traceback" not in err


def test_stats_json_shape(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "bank", "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert set(stats) == {"questions", "exercises", "by_topic", "by_kind", "by_difficulty"}
    assert stats["questions"] == sum(stats["by_topic"].values()) == sum(stats["by_kind"].values())
    assert stats["questions"] >= 80


def test_doctor_json(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "doctor", "--json")
    info = json.loads(out)
    assert code == 0
    assert info["data_dir"] == str(data_dir) and info["version"]
    assert info["database"]["status"] == "missing"
    assert set(info["sandbox"]) >= {"layers", "notes"}
    assert not data_dir.exists(), "doctor only reads"


def test_doctor_reports_a_corrupt_database_without_touching_it(capsys, data_dir) -> None:
    data_dir.mkdir()
    (data_dir / "progress.db").write_bytes(b"junk" * 300)
    code, out, _ = run(capsys, "doctor")
    assert code == 1 and "status corrupt" in out
    assert (data_dir / "progress.db").read_bytes() == b"junk" * 300


def test_doctor_after_use(capsys, data_dir, now) -> None:
    from interview_app.core.store import open_store

    open_store(data_dir, now).store.close()
    code, out, _ = run(capsys, "doctor", "--json")
    assert code == 0
    assert json.loads(out)["database"] == {
        "path": str(data_dir / "progress.db"),
        "status": "ok",
        "schema_version": LATEST_VERSION,
        "attempts": 0,
        "sessions": 0,
    }


@pytest.mark.parametrize("args", [["bogus"], ["bank"], ["bank", "stats", "--nope"]])
def test_usage_errors_exit_2_with_one_line(capsys, data_dir, args) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args", [[], ["bank"], ["bank", "validate"], ["bank", "stats"], ["doctor"]]
)
def test_every_command_has_help(capsys, args) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--help"])
    assert exit_info.value.code == 0 and "usage:" in capsys.readouterr().out


def test_module_entry_point_runs(data_dir) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "interview_app", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("interview-app ")
