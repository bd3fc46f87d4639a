"""A plain, non-editable install finds its data inside the package, away from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    (built,) = out.glob("interview_app-*.whl")
    return built


def test_wheel_ships_the_data_inside_the_package(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "interview_app/question_bank/topics.toml" in names
    assert "interview_app/question_bank/README.md" in names
    assert "interview_app/resources/style.qss" in names
    assert "interview_app/resources/icon.svg" in names
    assert len([n for n in names if n.startswith("interview_app/question_bank/")]) >= 11
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_runs_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(site), "INTERVIEW_APP_DATA_DIR": str(tmp_path / "d")}
    code = "import interview_app, json, subprocess, sys;print(json.dumps(interview_app.__file__))"
    where = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, text=True,
                           capture_output=True, check=True, timeout=60)  # fmt: skip
    assert json.loads(where.stdout).startswith(str(site))
    stats = subprocess.run(
        [sys.executable, "-m", "interview_app", "bank", "stats", "--json"],
        env=env, cwd=tmp_path, text=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["questions"] >= 80
