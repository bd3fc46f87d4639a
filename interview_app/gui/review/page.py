"""The Review page: what is due today, interview-date mode, leeches, and rating overrides.

Everything shown comes from `ctx.dashboard` (computed on the store's thread) and is turned into a
ReviewModel on a worker thread; the GUI thread only renders.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.review.queue import effective_due
from interview_app.core.vocab import Rating
from interview_app.gui.context import AppContext
from interview_app.gui.review import model as words
from interview_app.gui.review.detail import DetailView, EntryDetail
from interview_app.gui.review.header import ReviewHeader
from interview_app.gui.review.interview_bar import InterviewBar
from interview_app.gui.review.leeches import LeechTab
from interview_app.gui.review.model import ReviewModel, build_model, session_ids
from interview_app.gui.review.queue_table import QueueTable
from interview_app.gui.widgets import ReloadOnChange

if TYPE_CHECKING:
    from datetime import date

    from interview_app.core.progress.dashboard import Dashboard
    from interview_app.core.review.cards import CardState
    from interview_app.core.review.catalogue import Item
    from interview_app.core.store import Store

RELOAD_DELAY_MS = 250  # answers come in bursts during a session: one reload per burst
ATTEMPTS_SHOWN = 8
INTRO = (
    "Spaced review brings each question back just before you would forget it: answers you get "
    "right return after longer and longer gaps, the ones you miss return the next day. "
    "Answer a few questions on the Practice page and your first reviews will appear here."
)


class ReviewPage(QWidget):
    practise_requested = Signal(list, str)  # item ids in order, mode ("review" or "weak")
    loaded = Signal()  # the queue has been rendered

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: ReviewModel | None = None
        self._selected_id: str | None = None
        self._note: tuple[str, str] | None = None  # (item id, what the last override did)
        self._generation = 0  # drops results of reloads overtaken by a newer one
        self.reloader = ReloadOnChange(self, self.refresh, RELOAD_DELAY_MS)

        self.header = ReviewHeader()
        self.header.start_button.clicked.connect(self.start_review)
        self.header.weak_button.clicked.connect(self.review_weak_topics)
        self.summary = self.header.summary
        self.start_button = self.header.start_button
        self.start_note = self.header.start_note
        self.weak_button = self.header.weak_button
        self.weak_topics = self.header.weak_topics

        self.interview_bar = InterviewBar()
        self.interview_bar.date_chosen.connect(self._write_interview_date)
        self.interview_box = self.interview_bar.box
        self.interview_date = self.interview_bar.date_edit
        self.interview_info = self.interview_bar.info

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.interview_bar)
        layout.addWidget(self._build_body(), 1)

        ctx.ready.connect(self.reloader.changed)
        ctx.attempts_changed.connect(self.reloader.changed)

    # --- building --------------------------------------------------------------------------

    def _build_tabs(self) -> QTabWidget:
        self.queue_table = QueueTable()
        self.queue_table.itemSelectionChanged.connect(self._queue_selected)
        self.queue_table.practise_one.connect(self._practise_one)
        self.caught_up = QLabel()
        self.caught_up.setObjectName("emptyState")
        self.caught_up.setWordWrap(True)
        self.caught_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_stack = QStackedWidget()
        self.queue_stack.addWidget(self.queue_table)
        self.queue_stack.addWidget(self.caught_up)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.queue_stack, "Due today")
        self.leeches = LeechTab()
        self.leeches.selected.connect(self._leech_selected)
        self.leeches.practise_one.connect(self._practise_one)
        self.leeches.button.clicked.connect(self.practise_leeches)
        self.leech_list = self.leeches.list
        self.leech_button = self.leeches.button
        self.leech_hint = self.leeches.hint
        self.tabs.addTab(self.leeches, "Leeches")
        return self.tabs

    def _build_body(self) -> QWidget:
        tabs = self._build_tabs()
        self.detail = EntryDetail()
        self.detail.setMinimumWidth(300)
        self.detail.override_requested.connect(self.override_rating)
        self.detail.practise_requested.connect(self._practise_one)
        self.override_buttons = self.detail.override_buttons

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(tabs)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setSizes([590, 330])

        self.intro = QLabel(f"<h2>Nothing to review yet</h2><p>{INTRO}</p>")
        self.intro.setObjectName("emptyState")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setMaximumWidth(640)  # a readable measure, not the window's width
        intro_page = QWidget()
        centred = QHBoxLayout(intro_page)
        centred.addWidget(self.intro)
        self.body = QStackedWidget()
        self.body.addWidget(split)
        self.body.addWidget(intro_page)
        return self.body

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the dashboard on the store's thread, then the page's model on a worker."""
        if not self.ctx.is_ready:
            return  # `ready` brings us back
        self.reloader.reloading()
        self._generation += 1
        generation, tz = self._generation, self.ctx.tz

        def prepare(items: Mapping[str, Item], dashboard: Dashboard) -> None:
            if generation == self._generation:
                self.ctx.runner.run(
                    lambda: build_model(dashboard, items, tz),
                    lambda model: self._render(generation, model),
                )

        self.ctx.review_items(lambda items: self.ctx.dashboard(lambda d: prepare(items, d)))

    # --- rendering ---------------------------------------------------------------------------

    def _render(self, generation: int, model: ReviewModel) -> None:
        if generation != self._generation:
            return
        self.model = model
        self.header.show_model(model, self._topic_title)
        self.interview_bar.show_model(model)
        self._render_queue(model)
        leeches = self.leeches.show_model(model, self._topic_title)
        self.tabs.setTabText(1, f"Leeches ({leeches})")
        self._restore_selection(model)
        self.loaded.emit()

    def _render_queue(self, model: ReviewModel) -> None:
        tz = self.ctx.tz
        self.tabs.setTabText(0, f"Due today ({len(model.queue)})")
        self.queue_table.show_model(model, tz, self._topic_title)
        self.caught_up.setText(
            f"<h2>All caught up</h2><p>{words.caught_up_text(model, tz)}</p>"
            "<p>Meanwhile, the Practice page has questions you have not tried yet.</p>"
        )
        self.queue_stack.setCurrentWidget(self.queue_table if model.queue else self.caught_up)
        self.body.setCurrentIndex(1 if not model.queue and not model.has_history else 0)

    # --- selection and detail ----------------------------------------------------------------

    def queue_ids(self) -> list[str]:
        """The item ids down the queue table, top first."""
        return self.queue_table.ids()

    def _queue_selected(self) -> None:
        item_id = self.queue_table.current_id()
        if item_id:
            self._clear_selection(self.leech_list)
            self._select(item_id)

    def _leech_selected(self, item_id: str) -> None:
        self._clear_selection(self.queue_table)
        self._select(item_id)

    def _clear_selection(self, view: QAbstractItemView) -> None:
        view.blockSignals(True)
        view.clearSelection()
        view.blockSignals(False)

    def _select(self, item_id: str | None) -> None:
        if item_id != self._selected_id:
            self._note = None
        self._selected_id = item_id
        self._show_detail()

    def _restore_selection(self, model: ReviewModel) -> None:
        """After a reload, keep the same item selected (and shown, even if no longer due)."""
        item_id = self._selected_id
        if item_id is None and model.queue:
            # The first due item is shown at once: the detail pane is never an empty half-page.
            item_id = self._selected_id = self.queue_ids()[0] if self.queue_ids() else None
        if item_id is None or item_id not in model.items:
            self._selected_id = None
            self.detail.clear(bool(model.queue or model.dashboard.leeches))
            return
        self.queue_table.select_quietly(item_id)
        self.leeches.select_quietly(item_id)
        self._show_detail()

    def _show_detail(self) -> None:
        model, item_id = self.model, self._selected_id
        if model is None or item_id is None or item_id not in model.items:
            self.detail.clear()
            return
        card = model.dashboard.cards.get(item_id)
        note = self._note[1] if self._note and self._note[0] == item_id else ""
        self.detail.show_item(self._detail_view(model, model.items[item_id], card), note)
        self._read_attempts(item_id, card)

    def _detail_view(self, model: ReviewModel, item: Item, card: CardState | None) -> DetailView:
        entry = model.entry(item.id)
        status = words.detail_status(entry, card, model.policy, model.dashboard.now, self.ctx.tz)
        return DetailView(
            item_id=item.id,
            title=item.title,
            meta=f"{self._topic_title(item.topic)}  ·  {item.kind}  ·  {item.difficulty}",
            status=status,
            can_override=card is not None and card.last_attempt_id is not None,
            last_rating=card.last_rating if card else None,
            explanation=item.explanation if card is not None and card.is_leech else "",
        )

    def _read_attempts(self, item_id: str, card: CardState | None) -> None:
        last_id, tz = (card.last_attempt_id if card else None), self.ctx.tz

        def shown(rows: list[dict[str, Any]]) -> None:
            if self.detail.item_id == item_id:
                self.detail.set_attempts(words.attempt_lines(rows, last_id, tz))

        self.ctx.read(lambda store: store.item_attempts(item_id, ATTEMPTS_SHOWN), shown)

    # --- actions -------------------------------------------------------------------------------

    def start_review(self) -> None:
        if self.model is not None and self.model.queue:
            self.practise_requested.emit(session_ids(self.model.queue), "review")

    def review_weak_topics(self) -> None:
        if self.model is not None and self.model.weak:
            self.practise_requested.emit(session_ids(self.model.weak), "weak")

    def practise_leeches(self) -> None:
        if self.model is None:
            return
        ids = [c.item_id for c in self.model.dashboard.leeches if c.item_id in self.model.items]
        questions = [i for i in ids if not self.model.items[i].is_code]
        if ids:
            self.practise_requested.emit(questions or ids[:1], "weak")

    def _practise_one(self, item_id: str | None) -> None:
        if item_id:
            self.practise_requested.emit([item_id], "review")

    def override_rating(self, item_id: str, rating: Rating) -> None:
        """Replace the rating that last scheduled this item; the card is replayed in the store."""
        if self.model is None:
            return
        policy, now, tz = self.model.policy, self.ctx.now(), self.ctx.tz
        today = now.astimezone(tz).date()

        def change(store: Store) -> str:
            store.override_rating(item_id, rating)
            card = store.review_cards()[item_id]
            due = effective_due(card, policy, now, tz)
            when = words.next_review(due, today, tz) if due else "not scheduled"
            return f"Rated {rating.label}: next review {when}."

        def done(text: str) -> None:
            self._note = (item_id, text)
            if self.detail.item_id == item_id:
                self.detail.result.setText(text)
                self.detail.result.show()
            self.reloader.soon()

        self.ctx.write(change, done)

    # --- interview date ------------------------------------------------------------------------

    def _write_interview_date(self, chosen: date | None) -> None:
        if not self.ctx.is_ready:
            return

        def change(store: Store) -> None:
            store.set_review_policy(
                dataclasses.replace(store.review_policy(), interview_date=chosen)
            )

        self.ctx.write(change, lambda _=None: self.reloader.soon())

    # --- helpers -------------------------------------------------------------------------------

    def _topic_title(self, topic_id: str) -> str:
        bank = self.ctx.bank
        topic = bank.topics.get(topic_id) if bank else None
        return topic.title if topic else topic_id.replace("-", " ").capitalize()
