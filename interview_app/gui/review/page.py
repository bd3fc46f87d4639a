"""The Review page: what is due today, interview-date mode, leeches, and rating overrides.

Everything shown comes from `ctx.dashboard` (computed on the store's thread) and is turned into a
ReviewModel on a worker thread; the GUI thread only renders.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.review.queue import effective_due
from interview_app.core.vocab import Rating
from interview_app.gui.context import AppContext
from interview_app.gui.review import model as words
from interview_app.gui.review.delegates import (
    SUBTITLE_ROLE,
    BadgeDelegate,
    TitleDelegate,
    row_height,
)
from interview_app.gui.review.detail import DetailView, EntryDetail
from interview_app.gui.review.model import ReviewModel, build_model, session_ids

if TYPE_CHECKING:
    from datetime import date

    from interview_app.core.progress.dashboard import Dashboard
    from interview_app.core.review.cards import CardState
    from interview_app.core.review.catalogue import Item
    from interview_app.core.store import Store

COLUMNS = ("Item", "Reason", "Due", "Recall")
REASON_COLUMN = 1
RELOAD_DELAY_MS = 250  # answers come in bursts during a session: one reload per burst
POLICY_DELAY_MS = 400  # typing a date changes it once per keystroke: write the last one
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
        self._stale = True

        self._reload_timer = self._timer(RELOAD_DELAY_MS, self._reload_due)
        self._policy_timer = self._timer(POLICY_DELAY_MS, self._write_policy)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_interview_bar())
        layout.addWidget(self._build_body(), 1)

        ctx.ready.connect(self._data_changed)
        ctx.attempts_changed.connect(self._data_changed)

    def _timer(self, delay_ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(slot)
        return timer

    # --- building --------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        title = QLabel("Review")
        title.setObjectName("pageTitle")
        self.summary = QLabel("Loading…")
        self.summary.setObjectName("reviewSummary")
        self.start_button = QPushButton("Start review")
        self.start_button.setObjectName("startReview")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_review)
        self.start_note = QLabel()
        self.start_note.setObjectName("hintText")
        self.start_note.setWordWrap(True)  # gives way to the summary on a narrow window
        self.weak_button = QPushButton("Review weak topics")
        self.weak_button.setEnabled(False)
        self.weak_button.clicked.connect(self.review_weak_topics)
        self.weak_topics = QLabel()
        self.weak_topics.setObjectName("hintText")
        self.weak_topics.setWordWrap(True)
        summary = QHBoxLayout()
        summary.addWidget(self.summary)
        summary.addSpacing(12)
        summary.addWidget(self.start_note, 1, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.weak_button)
        buttons.addSpacing(4)
        buttons.addWidget(self.weak_topics, 1)
        header = QVBoxLayout()
        header.addWidget(title)
        header.addLayout(summary)
        header.addSpacing(4)
        header.addLayout(buttons)
        return header

    def _build_interview_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("interviewBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.interview_box = QCheckBox("I have an interview on")
        self.interview_date = QDateEdit()
        self.interview_date.setCalendarPopup(True)
        self.interview_date.setDisplayFormat("ddd d MMM yyyy")
        self.interview_date.setEnabled(False)
        self.interview_info = QLabel()
        self.interview_info.setObjectName("hintText")
        self.interview_info.setWordWrap(True)
        self.interview_box.toggled.connect(self._interview_edited)
        self.interview_date.dateChanged.connect(self._interview_edited)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.interview_box)
        row.addWidget(self.interview_date)
        row.addSpacing(8)
        row.addWidget(self.interview_info, 1)
        return bar

    def _build_body(self) -> QWidget:
        self.queue_table = QTableWidget(0, len(COLUMNS))
        self.queue_table.setObjectName("reviewQueue")
        self.queue_table.setHorizontalHeaderLabels(COLUMNS)
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setShowGrid(False)
        self.queue_table.setWordWrap(False)
        self.queue_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.queue_table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.queue_table.font()))
        self.queue_table.setItemDelegateForColumn(0, TitleDelegate(self.queue_table))
        self.queue_table.setItemDelegateForColumn(REASON_COLUMN, BadgeDelegate(self.queue_table))
        self.queue_table.itemSelectionChanged.connect(self._queue_selected)
        self.queue_table.cellDoubleClicked.connect(
            lambda row, _column: self._practise_one(self._row_id(row))
        )
        self.queue_table.installEventFilter(self)  # Enter practises the selected item
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
        self.tabs.addTab(self._build_leeches(), "Leeches")

        self.detail = EntryDetail()
        self.detail.setMinimumWidth(300)
        self.detail.override_requested.connect(self.override_rating)
        self.detail.practise_requested.connect(self._practise_one)
        self.override_buttons = self.detail.override_buttons

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tabs)
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

    def _build_leeches(self) -> QWidget:
        self.leech_hint = QLabel()
        self.leech_hint.setObjectName("hintText")
        self.leech_hint.setWordWrap(True)
        self.leech_list = QListWidget()
        self.leech_list.setObjectName("leechList")
        self.leech_list.currentItemChanged.connect(self._leech_selected)
        self.leech_list.itemDoubleClicked.connect(
            lambda item: self._practise_one(item.data(Qt.ItemDataRole.UserRole))
        )
        self.leech_button = QPushButton("Practise leeches")
        self.leech_button.clicked.connect(self.practise_leeches)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.leech_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.leech_hint)
        layout.addWidget(self.leech_list, 1)
        layout.addLayout(row)
        return tab

    # --- loading -----------------------------------------------------------------------------

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def _reload_due(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the dashboard on the store's thread, then the page's model on a worker."""
        if not self.ctx.is_ready:
            return  # `ready` brings us back
        self._stale = False
        self._reload_timer.stop()
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
        self._render_header(model)
        self._render_interview(model)
        self._render_queue(model)
        self._render_leeches(model)
        self._restore_selection(model)
        self.loaded.emit()

    def _render_header(self, model: ReviewModel) -> None:
        self.summary.setText(words.summary_text(model))
        questions = sum(1 for e in model.queue if not e.item.is_code)
        exercises = len(model.queue) - questions
        count = questions or exercises  # with only exercises due, the button opens the first
        self.start_button.setEnabled(bool(count))
        self.start_button.setText(f"Start review ({count})" if count else "Start review")
        self.start_button.setToolTip(
            "Opens the first coding exercise on the Coding page."
            if exercises and not questions
            else "Answers the due questions one after another, most urgent first."
        )
        self.start_note.setText(
            f"{words.plural(questions, 'question')} to start; "
            f"{words.plural(exercises, 'coding exercise')}: double-click one to open it"
            if exercises and questions
            else ""
        )
        self.start_note.setVisible(bool(self.start_note.text()))
        self.weak_button.setEnabled(model.has_history and bool(model.weak))
        names = ", ".join(self._topic_title(t) for t in model.weak_topics)
        self.weak_topics.setText(f"Weakest: {names}" if model.has_history and names else "")

    def _render_interview(self, model: ReviewModel) -> None:
        chosen, today = model.policy.interview_date, model.today
        widgets = (self.interview_box, self.interview_date)
        for widget in widgets:
            widget.blockSignals(True)
        self.interview_date.setMinimumDate(_qdate(today))
        active = chosen is not None and chosen >= today
        if not self._policy_timer.isActive():  # an edit not yet written wins over the stored date
            self.interview_box.setChecked(active)
            if active and chosen is not None:
                self.interview_date.setDate(_qdate(chosen))
            elif self.interview_date.date() <= _qdate(today):
                self.interview_date.setDate(_qdate(today).addDays(21))
        self.interview_date.setEnabled(self.interview_box.isChecked())
        for widget in widgets:
            widget.blockSignals(False)
        if not self._policy_timer.isActive():
            self.interview_info.setText(
                words.interview_text(model.policy, today, model.new_per_day)
            )

    def _render_queue(self, model: ReviewModel) -> None:
        today, tz = model.today, self.ctx.tz
        self.tabs.setTabText(0, f"Due today ({len(model.queue)})")
        table = self.queue_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(model.queue))
        for row, entry in enumerate(model.queue):
            cells = (
                entry.item.title,
                entry.reason,
                words.relative_due(entry.due, today, tz) or "—",
                f"{entry.recall:.0%}" if entry.reason != "new" else "—",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    subtitle = f"{self._topic_title(entry.item.topic)}  ·  {entry.item.kind}"
                    cell.setData(Qt.ItemDataRole.UserRole, entry.item.id)
                    cell.setData(SUBTITLE_ROLE, subtitle)
                    cell.setToolTip(f"{entry.item.title}\n{subtitle}")
                if column == REASON_COLUMN:
                    cell.setToolTip(words.REASON_HINTS.get(entry.reason, ""))
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, cell)
        table.blockSignals(False)
        self._size_columns()
        self.caught_up.setText(
            f"<h2>All caught up</h2><p>{words.caught_up_text(model, tz)}</p>"
            "<p>Meanwhile, the Practice page has questions you have not tried yet.</p>"
        )
        self.queue_stack.setCurrentWidget(self.queue_table if model.queue else self.caught_up)
        self.body.setCurrentIndex(1 if not model.queue and not model.has_history else 0)

    def _size_columns(self) -> None:
        # The title (over its topic and kind) takes whatever the short columns leave.
        header = self.queue_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _render_leeches(self, model: ReviewModel) -> None:
        leeches = [c for c in model.dashboard.leeches if c.item_id in model.items]
        self.tabs.setTabText(1, f"Leeches ({len(leeches)})")
        self.leech_list.blockSignals(True)
        self.leech_list.clear()
        for card in leeches:
            item = model.items[card.item_id]
            text = (
                f"{item.title}\n{self._topic_title(item.topic)}  ·  "
                f"failed on {words.plural(card.fails, 'day')}"
            )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, card.item_id)
            self.leech_list.addItem(row)
        self.leech_list.blockSignals(False)
        self.leech_button.setEnabled(bool(leeches))
        self.leech_hint.setText(
            "Items you have failed on three or more separate days. Read the explanation again, "
            "then practise them."
            if leeches
            else "No leeches: nothing has been failed on three separate days."
        )

    # --- selection and detail ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the queue does what a double-click does (the view's own `activated` signal
        # would also fire on a single click where the platform opens items that way).
        if (
            watched is self.queue_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._current_id()
        ):
            self._practise_one(self._current_id())
            return True
        return super().eventFilter(watched, event)

    def _row_id(self, row: int) -> str | None:
        cell = self.queue_table.item(row, 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell else None

    def _current_id(self) -> str | None:
        rows = self.queue_table.selectionModel().selectedRows()
        return self._row_id(rows[0].row()) if rows else None

    def queue_ids(self) -> list[str]:
        """The item ids down the queue table, top first."""
        return [i for i in (self._row_id(r) for r in range(self.queue_table.rowCount())) if i]

    def _queue_selected(self) -> None:
        item_id = self._current_id()
        if item_id:
            self._clear_selection(self.leech_list)
            self._select(item_id)

    def _leech_selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        if current is not None:
            self._clear_selection(self.queue_table)
            self._select(current.data(Qt.ItemDataRole.UserRole))

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
        if item_id is None or item_id not in model.items:
            self._selected_id = None
            self.detail.clear(bool(model.queue or model.dashboard.leeches))
            return
        for row, found in enumerate(self.queue_ids()):
            if found == item_id:
                self.queue_table.blockSignals(True)
                self.queue_table.selectRow(row)
                self.queue_table.blockSignals(False)
        for row in range(self.leech_list.count()):
            if self.leech_list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.leech_list.blockSignals(True)
                self.leech_list.setCurrentRow(row)
                self.leech_list.blockSignals(False)
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
            self._reload_timer.start()

        self.ctx.write(change, done)

    # --- interview date ------------------------------------------------------------------------

    def _interview_edited(self) -> None:
        self.interview_date.setEnabled(self.interview_box.isChecked())
        if self.model is not None:
            # Say what the date means at once; the queue follows after the write and reload.
            policy = dataclasses.replace(self.model.policy, interview_date=self._chosen_date())
            self.interview_info.setText(
                words.interview_text(policy, self.model.today, self.model.new_per_day_under(policy))
            )
        self._policy_timer.start()

    def _chosen_date(self) -> date | None:
        if not self.interview_box.isChecked():
            return None
        return self.interview_date.date().toPython()  # type: ignore[return-value]

    def _write_policy(self) -> None:
        if not self.ctx.is_ready:
            return
        chosen = self._chosen_date()

        def change(store: Store) -> None:
            store.set_review_policy(
                dataclasses.replace(store.review_policy(), interview_date=chosen)
            )

        self.ctx.write(change, lambda _=None: self._reload_timer.start())

    # --- helpers -------------------------------------------------------------------------------

    def _topic_title(self, topic_id: str) -> str:
        bank = self.ctx.bank
        topic = bank.topics.get(topic_id) if bank else None
        return topic.title if topic else topic_id.replace("-", " ").capitalize()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
