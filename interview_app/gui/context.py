"""What every page needs: the bank, store access through the task runner, time and randomness."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from interview_app.gui.tasks import STORE, TaskRunner

if TYPE_CHECKING:  # the bank and store load on worker threads, after the window is shown
    from interview_app.core.bank import Bank
    from interview_app.core.store import OpenResult, Store


def utc_now() -> datetime:
    return datetime.now(UTC)


class AppContext(QObject):
    """Owns the background loading of bank and store; pages subscribe to its signals."""

    ready = Signal()  # bank and store are both loaded
    attempts_changed = Signal()  # something was written; pages decide whether to refresh
    store_error = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        bank_loader: Callable[[], Bank],
        store_opener: Callable[[Path, datetime], OpenResult],
        now: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        parent: QObject | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.now = now
        # The user's days (streaks, "due today", the calendar) are local days.
        self.tz: tzinfo = tz or datetime.now().astimezone().tzinfo or UTC
        self.rng = rng or random.Random()
        self.runner = TaskRunner(self)
        self.bank: Bank | None = None
        self.judge: Any = None  # created by the coding page, off the GUI thread
        self.exercises: dict[str, Any] = {}
        self._review_items: dict[str, Any] | None = None
        self._math_checker: Any = None
        self.open_result: OpenResult | None = None
        self._bank_loader = bank_loader
        self._store_opener = store_opener

    def start(self) -> None:
        """Load the bank and open the store off the GUI thread; emits `ready` when both are in."""
        self.runner.run(self._bank_loader, self._bank_loaded)
        self.runner.run(
            lambda: self._store_opener(self.data_dir, self.now()), self._store_opened, lane=STORE
        )

    @property
    def is_ready(self) -> bool:
        return self.bank is not None and self.open_result is not None

    def _bank_loaded(self, bank: Bank) -> None:
        self.bank = bank
        if self.is_ready:
            self.ready.emit()

    def _store_opened(self, result: OpenResult) -> None:
        self.open_result = result
        if self.is_ready:
            self.ready.emit()

    def read(self, query: Callable[[Store], Any], on_done: Callable[[Any], None]) -> None:
        """Run a read on the store's thread; `on_done` gets the result on the GUI thread."""
        self._on_store(query, on_done, changed=False)

    def write(
        self, change: Callable[[Store], Any], on_done: Callable[[Any], None] | None = None
    ) -> None:
        """Run a write on the store's thread, then announce `attempts_changed`."""
        self._on_store(change, on_done, changed=True)

    def _on_store(self, fn: Callable[[Store], Any], on_done: Any, changed: bool) -> None:
        if self.open_result is None:
            raise RuntimeError("the store is not open yet")
        store = self.open_result.store

        def done(value: Any) -> None:
            if on_done is not None:
                on_done(value)
            if changed:
                self.attempts_changed.emit()

        def failed(exc: BaseException) -> None:
            action = "save to" if changed else "read from"
            self.store_error.emit(f"Could not {action} the progress database: {exc}")

        self.runner.run(lambda: fn(store), done, failed, lane=STORE)

    def review_items(self, on_done: Callable[[dict[str, Any]], None]) -> None:
        """Everything that can be reviewed (questions and exercises), built once off the GUI thread."""
        if self._review_items is not None:
            on_done(self._review_items)
            return

        def build() -> dict[str, Any]:
            from interview_app.core.judge.exercises import load_exercises
            from interview_app.core.review.catalogue import catalogue

            assert self.bank is not None
            exercises = self.exercises or load_exercises()[0]
            return catalogue(self.bank.questions.values(), exercises.values())

        def built(items: dict[str, Any]) -> None:
            self._review_items = items
            on_done(items)

        self.runner.run(
            build, built, lambda exc: self.store_error.emit(f"Could not load the exercises: {exc}")
        )

    def dashboard(self, on_done: Callable[[Any], None]) -> None:
        """All the dashboard's figures (and the review queue), computed on the store's thread."""

        def query(items: dict[str, Any]) -> None:
            from interview_app.core.progress.dashboard import load_dashboard

            now, tz = self.now(), self.tz
            self.read(lambda store: load_dashboard(store, items, now, tz), on_done)

        self.review_items(query)

    def math_checker(self) -> Any:
        """The maths checker (its process starts on first use, off the GUI thread)."""
        if self._math_checker is None:
            from interview_app.core.maths.client import MathChecker

            self._math_checker = MathChecker()
        return self._math_checker

    def start_math_checker(self) -> None:
        checker = self.math_checker()
        self.runner.run(checker.prepare)

    def adopt_judge(self, judge: Any) -> None:
        """Called from the thread that created the judge: it is closed with the app."""
        self.judge = judge

    def shutdown(self) -> None:
        """Flush pending writes, close the database (on its own thread), stop the judge's worker."""
        if self.open_result is not None:
            self.runner.run(self.open_result.store.close, lane=STORE)
        self.runner.shutdown()  # waits for queued writes, a grading run, the judge starting
        if self.judge is not None:
            self.judge.close()
        if self._math_checker is not None:
            self._math_checker.close()
