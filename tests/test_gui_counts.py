"""The window and `doctor` count topics the same way, and counts read as plain English."""

from __future__ import annotations

from interview_app.core.bank import load_bank
from interview_app.core.doctor import report
from interview_app.core.paths import shipped_dir
from interview_app.core.practice import plural, topics_with_questions
from tests.test_gui import open_window  # noqa: F401


def test_plural() -> None:
    assert plural(1, "session") == "1 session"
    assert plural(2, "day") == "2 days"
    assert plural(0, "leech", "leeches") == "0 leeches"
    assert plural(1200, "attempt") == "1,200 attempts"


def test_window_and_doctor_agree_on_the_topic_count(
    qtbot,
    open_window,  # noqa: F811
    tmp_path,
) -> None:
    bank_dir = shipped_dir("question_bank")
    bank = load_bank([bank_dir])
    info = report(tmp_path, bank, 0, [], {"layers": {}, "notes": []})
    topics = len(topics_with_questions(bank.questions.values()))
    assert info["bank"]["topics"] == topics
    window = open_window([bank_dir])
    assert window.practice.setup.topics.count() == topics
    summary = window.practice.setup.summary.text()
    assert f"in {plural(topics, 'topic')}." in summary
