"""The Review page fills its detail pane: the first due item is shown as soon as the queue loads."""

from __future__ import annotations

from tests.test_gui_review import bank_dir, open_review, seed  # noqa: F401 - fixtures


def test_first_due_item_is_shown_at_once(qtbot, open_review, data_dir) -> None:  # noqa: F811
    seed(data_dir)
    page = open_review().review
    first = page.queue_ids()[0]
    assert page.detail.item_id == first and page.detail.currentIndex() == 1
    assert page.queue_table.current_id() == first
    qtbot.waitUntil(lambda: page.detail.attempts.rowCount() > 0, timeout=5000)


def test_nothing_to_show_keeps_the_introduction(qtbot, open_review) -> None:  # noqa: F811
    page = open_review().review
    assert page.detail.item_id is None and page.body.currentIndex() == 1
