"""Shared fixtures. Qt runs headless: the platform is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

FIXED_NOW = datetime(2026, 3, 14, 9, 26, 53, tzinfo=UTC)

TOPICS_TOML = """
[[topics]]
id = "alpha"
title = "Alpha"

[[topics]]
id = "beta"
title = "Beta"
"""


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data directory, with the environment pointing at it."""
    directory = tmp_path / "data"
    monkeypatch.setenv("INTERVIEW_APP_DATA_DIR", str(directory))
    monkeypatch.delenv("INTERVIEW_APP_BANK_PATH", raising=False)
    return directory


@pytest.fixture(scope="session")
def judge(tmp_path_factory: pytest.TempPathFactory):
    """One judge for the session, with a warm worker kept ready between tests; its scratch
    directories live in a folder of this test run's own, so tests can tell them apart."""
    from interview_app.core.judge.grader import Judge
    from interview_app.core.judge.worker_process import WorkerConfig

    judge = Judge(WorkerConfig(scratch_root=str(tmp_path_factory.mktemp("judge-scratch"))))
    judge.wait_warm()
    yield judge
    judge.close()


@pytest.fixture
def now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def make_bank(tmp_path: Path) -> Callable[..., Path]:
    """Write a small bank directory: `make_bank(name=toml_text, ...)`; topics alpha and beta."""

    def make(with_topics: bool = True, **files: str) -> Path:
        directory = tmp_path / f"bank{len(list(tmp_path.glob('bank*')))}"
        directory.mkdir()
        if with_topics:
            (directory / "topics.toml").write_text(TOPICS_TOML, encoding="utf-8")
        for name, text in files.items():
            (directory / f"{name}.toml").write_text(textwrap.dedent(text), encoding="utf-8")
        return directory

    return make


CONCEPT = """
[[questions]]
id = "a-concept"
kind = "concept"
difficulty = "easy"
tags = ["x"]
prompt = "Explain overfitting."
answer = "A model that fits noise."
key_points = ["fits noise", "poor generalisation"]
key_terms = ["noise", "generalisation|generalization"]
"""

CHOICE = """
[[questions]]
id = "a-choice"
kind = "choice"
difficulty = "medium"
tags = []
prompt = "Which are regularisers?"
answer = "L1 and L2 penalise weights."
options = ["L1", "L2", "Bigger batch"]
correct = [0, 1]
"""

NUMERIC = """
[[questions]]
id = "a-numeric"
kind = "numeric"
difficulty = "hard"
tags = []
prompt = "What is 1/8?"
answer = "0.125"
value = 0.125
abs_tol = 0.001
"""


MATH = """
[[questions]]
id = "a-math"
kind = "math"
difficulty = "medium"
tags = []
prompt = "Differentiate (w x - y)^2 with respect to w."
answer = "Chain rule: 2 (w x - y) x."
expected = "2*(w*x - y)*x"
variables = ["w", "x", "y"]
accept = ["2x(wx - y)", "2 w x^2 - 2 x y"]
mistakes = [{ answer = "2*(w*x - y)", feedback = "You dropped the chain-rule factor x." }]
"""


@pytest.fixture
def small_bank_text() -> str:
    return 'topic = "alpha"\n' + CONCEPT + CHOICE + NUMERIC
