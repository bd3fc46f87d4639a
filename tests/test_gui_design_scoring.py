"""Design self-scoring in practice: nothing chosen at first, every row required, the rubric
decides the outcome, and the rubric never overlaps the answer panes."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from interview_app.core.vocab import Kind
from tests.test_gui import bank_dir, open_window, rows, start_with_kind, wait_saved  # noqa: F401

DESIGN = """
[[questions]]
id = "a-design"
kind = "design"
difficulty = "hard"
tags = []
prompt = "Design a feed ranker."
answer = "Two stages: retrieval, then ranking."
rubric = [
  { signal = "Framing", levels = ["none", "some", "good", "great"] },
  { signal = "Data", levels = ["none", "some", "good", "great"] },
  { signal = "Serving", levels = ["none", "some", "good", "great"] },
  { signal = "Evaluation", levels = ["none", "some", "good", "great"] },
  { signal = "Trade-offs", levels = ["none", "some", "good", "great"] },
]
"""


def _revealed(qtbot, open_window, make_bank, small_bank_text, size=(1100, 760)):  # noqa: F811
    window = open_window([make_bank(alpha=small_bank_text + DESIGN)])
    window.resize(*size)
    start_with_kind(qtbot, window, Kind.DESIGN)
    panel = window.practice.view.panels[Kind.DESIGN]
    panel.editor.set_value({"Model": "two towers"})
    qtbot.mouseClick(window.practice.view.submit_button, Qt.MouseButton.LeftButton)
    return window, panel


def test_rubric_starts_unscored_and_requires_every_row(
    qtbot,
    open_window,  # noqa: F811
    make_bank,
    small_bank_text,
    data_dir,
) -> None:
    window, panel = _revealed(qtbot, open_window, make_bank, small_bank_text)
    assert panel.scoring.levels() == [-1] * 5
    assert "5 left" in panel.status.text()
    for group in panel.scoring.groups[:4]:
        group.button(3).click()
    qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    assert not panel.done and "1 left" in panel.status.text()
    assert rows(data_dir) == []
    panel.scoring.groups[4].button(3).click()
    qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    (row,) = rows(data_dir)
    assert row["outcome"] == "correct" and round(row["score"], 2) == 0.67


def test_rubric_rows_do_not_overlap_the_answer_panes(
    qtbot,
    open_window,  # noqa: F811
    make_bank,
    small_bank_text,
) -> None:
    for size in ((1100, 760), (1400, 900), (1000, 700)):
        window, panel = _revealed(qtbot, open_window, make_bank, small_bank_text, size)
        window.show()
        qtbot.waitExposed(window)
        inner = panel.scoring.widget()
        boxes = [w for w in inner.children() if hasattr(w, "isVisible") and w.isVisible()]
        rects: list[QRect] = [w.geometry() for w in boxes if w.isWidgetType()]
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b), (size, a, b)
        window.close()
