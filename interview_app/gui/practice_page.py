"""The practice page: set up, then answer one question after another; every answer is stored."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.bank import Question
from interview_app.core.practice import PracticeDeck, PracticeFilter, comeback_text, duration_text
from interview_app.core.records import AttemptRecord
from interview_app.core.vocab import Kind, Outcome, Rating
from interview_app.gui.context import AppContext
from interview_app.gui.panels import AnswerPanel, ChoicePanel, ConceptPanel, NumericPanel
from interview_app.gui.panels.base import Answered, Rated
from interview_app.gui.panels.design import DesignPanel
from interview_app.gui.panels.maths import MathPanel
from interview_app.gui.practice_setup import PracticeSetup
from interview_app.gui.widgets import MarkdownView, shortcut_button

if TYPE_CHECKING:
    from interview_app.core.store import Store


class SessionTally:
    def __init__(self) -> None:
        self.outcomes: dict[str, Outcome] = {}
        self.time_ms = 0  # time on the questions, from first sight to answer

    def add(self, question_id: str, outcome: Outcome) -> None:
        self.outcomes[question_id] = outcome

    def text(self) -> str:
        n = len(self.outcomes)
        right = sum(o is Outcome.CORRECT for o in self.outcomes.values())
        partial = sum(o is Outcome.PARTIAL for o in self.outcomes.values())
        extra = f", {partial} partly" if partial else ""
        return f"{n} answered, {right} right{extra}"


class PracticeView(QWidget):
    """One question at a time: prompt above, the kind's answer panel below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meta = QLabel()
        self.meta.setObjectName("questionMeta")
        self.meta.setWordWrap(True)  # a long topic name wraps instead of being cut
        self.progress = QLabel()
        self.progress.setObjectName("hintText")
        self.end_button = QPushButton("End session")
        top = QHBoxLayout()
        top.addWidget(self.meta, 1)
        top.addWidget(self.progress)
        top.addWidget(self.end_button)

        self.title = QLabel()
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.prompt = MarkdownView()
        self.prompt.setObjectName("prompt")
        self.hint = QLabel()
        self.hint.setObjectName("hintText")
        self.hint.setWordWrap(True)

        self.panels: dict[Kind, AnswerPanel] = {
            Kind.CONCEPT: ConceptPanel(),
            Kind.CHOICE: ChoicePanel(),
            Kind.NUMERIC: NumericPanel(),
            Kind.MATH: MathPanel(ctx),
            Kind.DESIGN: DesignPanel(),
        }
        self.panel_stack = QStackedWidget()
        for panel in self.panels.values():
            self.panel_stack.addWidget(panel)

        prompt_box = QWidget()
        prompt_col = QVBoxLayout(prompt_box)
        prompt_col.setContentsMargins(0, 0, 0, 0)
        prompt_col.addWidget(self.title)
        prompt_col.addWidget(self.prompt, 1)
        prompt_col.addWidget(self.hint)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(prompt_box)
        self.split.addWidget(self.panel_stack)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)

        self.hint_button = shortcut_button("Hint", "Ctrl+H")
        # Shown for leeches (items missed on many days): read the explanation again first.
        self.explain_button = QPushButton("Read the explanation")
        self.explain_button.hide()
        self.submit_button = shortcut_button("Submit", "Ctrl+Enter")
        self.submit_button.setObjectName("primary")
        self.next_button = shortcut_button("Next", "Ctrl+N")
        self.saved = QLabel()
        self.saved.setObjectName("hintText")
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_button)
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)

    def fit_prompt(self, share: float = 0.6) -> None:
        """Give the prompt the height it needs (up to `share` of the page), the answer the rest."""
        total = sum(self.split.sizes())
        if total <= 0:
            return
        document = self.prompt.document()
        document.setTextWidth(self.prompt.viewport().width())
        wanted = int(document.size().height()) + self.title.sizeHint().height() + 16
        prompt_height = max(110, min(wanted, int(total * share)))
        self.split.setSizes([prompt_height, total - prompt_height])


class PracticePage(QStackedWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = PracticeSetup()
        self.view = PracticeView(ctx)
        self.addWidget(self.setup)
        self.addWidget(self.view)

        self._deck: PracticeDeck | None = None
        self._question: Question | None = None
        self._panel: AnswerPanel | None = None
        self._session_ref: dict[str, int] = {}
        self._session_config: dict[str, Any] = {}
        self._session_mode = "practice"
        self._attempt_ref: dict[str, int] = {}
        self._answered: Answered | None = None
        self._hint_used = False
        self._leeches: dict[str, int] = {}  # item id -> days failed, for this session's items
        self._clock = QElapsedTimer()
        self.tally = SessionTally()

        self._connect()
        ctx.ready.connect(self._load)

    def _connect(self) -> None:
        self.setup.start_requested.connect(self.start)
        self.view.end_button.clicked.connect(self.end_session)
        self.view.hint_button.clicked.connect(self.show_hint)
        self.view.explain_button.clicked.connect(self.show_explanation)
        self.view.submit_button.clicked.connect(self.submit)
        self.view.next_button.clicked.connect(self.next_question)
        for panel in self.view.panels.values():
            panel.answered.connect(self._record_answer)
            panel.rated.connect(self._record_rating)
        for keys, action in (
            ("Ctrl+Return", self._primary_action),
            ("Ctrl+Enter", self._primary_action),
            ("Ctrl+N", self.next_question),
            ("Ctrl+H", self.show_hint),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda act=action: self.isVisible() and act())

    def _load(self) -> None:
        assert self.ctx.bank is not None
        self.ctx.read(lambda store: store.last_outcomes(), self._loaded)

    def _loaded(self, seen: dict[str, str]) -> None:
        self.setup.set_bank(self.ctx.bank, seen)
        self.setup.start.setFocus()

    # --- session -------------------------------------------------------------------------

    def start(self, chosen: PracticeFilter) -> None:
        bank = self.ctx.bank
        if bank is None:
            return
        questions = [q for q in bank.questions.values() if chosen.accepts(q)]
        if not questions:
            return
        self._open_session("practice", chosen.to_json(), questions, keep_order=False)

    def start_items(self, question_ids: list[str], mode: str = "review") -> bool:
        """Practise these questions in this order (a review queue, a weak-topic session).

        Returns False when none of them is in the bank."""
        bank = self.ctx.bank
        if bank is None:
            return False
        questions = [bank.questions[i] for i in question_ids if i in bank.questions]
        if not questions:
            return False
        self._open_session(mode, {"items": [q.id for q in questions]}, questions, keep_order=True)
        return True

    def _open_session(self, mode: str, config: dict[str, Any], questions: list[Question],
                      keep_order: bool) -> None:  # fmt: skip
        self.tally = SessionTally()
        # The session row is written with the first answer, so browsing leaves no empty sessions.
        self._session_ref = {}
        self._session_config = config
        self._session_mode = mode
        ids = [q.id for q in questions]

        def query(store: Store) -> tuple[dict[str, str], dict[str, int]]:
            cards = store.review_cards()
            leeches = {i: cards[i].fails for i in ids if i in cards and cards[i].is_leech}
            return store.last_outcomes(ids), leeches

        self.ctx.read(query, lambda found: self._begin(questions, *found, keep_order))

    def _begin(self, questions: list[Question], seen: dict[str, str], leeches: dict[str, int],
               keep_order: bool) -> None:  # fmt: skip
        self._leeches = leeches
        self._deck = PracticeDeck(questions, seen, self.ctx.rng, keep_order=keep_order)
        self.setCurrentWidget(self.view)
        self.next_question()

    def end_session(self) -> None:
        if self._deck is None:
            return
        ref, now = self._session_ref, self.ctx.now()
        # Checked on the store thread: the first answer's write may still be queued.
        self.ctx.write(lambda store: "id" in ref and store.end_session(ref["id"], now))
        self._deck = self._question = None
        what = {"practice": "Last session", "warm-up": "Warm-up finished"}.get(
            self._session_mode, "Review finished"
        )
        tally = self.tally
        done = f"{what}: {tally.text()}"
        if tally.outcomes:
            done += f" in {duration_text(tally.time_ms)}"
        self.setup.set_summary(f"{done}. Pick topics to go again.")
        self.setCurrentWidget(self.setup)
        self._load()
        if tally.outcomes:
            self._summarise_comebacks(done, list(tally.outcomes), now)

    def _summarise_comebacks(self, done: str, item_ids: list[str], now: datetime) -> None:
        """Add when the session's items come back, read after the session's writes."""
        tz = self.ctx.tz
        today = now.astimezone(tz).date()

        def query(store: Store) -> str:
            from interview_app.core.review.queue import effective_due

            cards, policy = store.review_cards(), store.review_policy()
            dues = [effective_due(cards[i], policy, now, tz) for i in item_ids if i in cards]
            return comeback_text([(d.astimezone(tz).date() - today).days for d in dues if d])

        def shown(text: str) -> None:
            if text and self._deck is None and self.tally is tally_now:
                self.setup.set_summary(f"{done}. Coming back: {text}. Pick topics to go again.")

        tally_now = self.tally
        self.ctx.read(query, shown)

    def next_question(self) -> None:
        if self._deck is None:
            return
        question = self._deck.next()
        if question is None:
            self.end_session()  # a review queue has been worked through
            return
        self._question, self._answered, self._attempt_ref = question, None, {}
        self._hint_used = False
        view = self.view
        view.meta.setText(
            f"{self._topic_title(question.topic)}  ·  {question.difficulty.value}  ·  {question.kind.value}"
        )
        view.progress.setText(f"Round {self._deck.round} · {self.tally.text()}")
        view.title.setText(question.label)
        view.prompt.set_markdown(question.prompt)
        view.hint.clear()
        view.hint_button.setEnabled(bool(question.hint))
        fails = self._leeches.get(question.id)
        view.explain_button.setVisible(bool(fails))
        if fails:
            view.hint.setText(f"This one has tripped you up on {fails} different days: "
                              "read the explanation again before you answer.")  # fmt: skip
        view.saved.clear()
        self._panel = view.panels[question.kind]
        self._panel.load(question, self.ctx.rng)
        view.panel_stack.setCurrentWidget(self._panel)
        view.submit_button.setText(f"{self._panel.submit_label}  (Ctrl+Enter)")
        view.submit_button.setToolTip(f"{self._panel.submit_label} (Ctrl+Enter)")
        view.submit_button.setEnabled(True)
        view.fit_prompt(0.4 if question.kind is Kind.CONCEPT else 0.6)
        self._panel.focus_input()
        self._clock.start()

    def submit(self) -> None:
        if self._panel is not None and not self._panel.done:
            self._panel.submit()

    def _primary_action(self) -> None:
        if self.currentWidget() is self.setup:
            self.setup.request_start()
        elif self._panel is not None and self._panel.done:
            self.next_question()
        else:
            self.submit()

    def show_hint(self) -> None:
        if self._question is not None and self._question.hint:
            self._hint_used = True
            self.view.hint.setText(f"Hint: {self._question.hint}")

    def show_explanation(self) -> None:
        """The model answer above the answer box (counts like a hint: a right answer rates Hard)."""
        question = self._question
        if question is None:
            return
        self._hint_used = True
        self.view.explain_button.hide()
        self.view.prompt.set_markdown(
            f"{question.prompt}\n\n---\n\n**Explanation.** {question.answer}"
        )

    def _topic_title(self, topic_id: str) -> str:
        bank = self.ctx.bank
        topic = bank.topics.get(topic_id) if bank else None
        return topic.title if topic else topic_id

    # --- recording -----------------------------------------------------------------------

    def _record_answer(self, answered: Answered) -> None:
        question = self._question
        assert question is not None and self._deck is not None
        self._answered = answered
        self.view.submit_button.setEnabled(False)
        record = AttemptRecord(
            question_id=question.id,
            topic=question.topic,
            kind=question.kind.value,
            created_at=self.ctx.now(),
            answer=answered.answer,
            outcome=answered.outcome,
            score=answered.score,
            time_spent_ms=self._clock.elapsed(),
            details={**answered.details, "hint_used": self._hint_used},
            target_seconds=question.target_seconds,
        )
        self.tally.time_ms += record.time_spent_ms
        if answered.outcome is not Outcome.UNRATED:
            self.tally.add(question.id, answered.outcome)
            self._deck.record(question.id, answered.outcome)
        session_ref, attempt_ref = self._session_ref, self._attempt_ref
        config, started, mode = self._session_config, self.ctx.now(), self._session_mode

        def write(store: Store) -> int:
            # Store calls run in order on one thread, so the session id is known here.
            if "id" not in session_ref:
                session_ref["id"] = store.start_session(mode, config, started)
            attempt = dataclasses.replace(record, session_id=session_ref["id"])
            attempt_ref["id"] = store.record_attempt(attempt)
            return attempt_ref["id"]

        self.ctx.write(write, lambda _id: self.view.saved.setText("Answer saved."))
        if answered.outcome is Outcome.UNRATED and isinstance(self._panel, ConceptPanel):
            self._preview_ratings(question, self._panel)
        self.view.progress.setText(f"Round {self._deck.round} · {self.tally.text()}")

    def _preview_ratings(self, question: Question, panel: ConceptPanel) -> None:
        """Read the item's card (after the answer's write) and label the rating buttons."""
        now, kind = self.ctx.now(), question.kind.value

        def query(store: Store) -> dict[Rating, timedelta] | None:
            # Imported here, off the start path: the scheduler loads with the first reveal.
            from interview_app.core.review.preview import next_intervals, topic_is_weak

            cards = store.review_cards()
            weak = topic_is_weak(cards, question.topic)
            card = cards.get(question.id)
            policy = store.review_policy()
            return next_intervals(
                card, question.id, question.topic, kind, policy, now, weak, self.ctx.tz
            )

        def shown(intervals: dict[Rating, timedelta] | None) -> None:
            if self._question is question and not panel.rating:
                panel.show_intervals(intervals)

        self.ctx.read(query, shown)

    def _record_rating(self, rated: Rated) -> None:
        question, answered = self._question, self._answered
        if question is None or answered is None or self._deck is None:
            return
        attempt_ref = self._attempt_ref
        details: dict[str, Any] = {
            **answered.details,
            **rated.details,
            "hint_used": self._hint_used,
        }

        def write(store: Store) -> None:
            store.rate_attempt(attempt_ref["id"], rated.rating, rated.score, details)

        self.tally.add(question.id, rated.rating.outcome)
        self._deck.record(question.id, rated.rating.outcome)
        self.ctx.write(
            write, lambda _=None: self.view.saved.setText(f"Rated {rated.rating.label}.")
        )
        self.next_question()
