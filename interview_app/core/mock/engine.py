"""The mock-interview engine: a pure state machine over an injected clock.

Time counts only while the session runs (not while paused, not while the app was down);
each item accumulates the time spent on it while it is the current one. The whole state
round-trips through JSON, which is what is saved after every change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from interview_app.core.mock.draw import Item


class SessionError(RuntimeError):
    """An action the session's rules do not allow (pausing when not allowed, answering after the end)."""


@dataclass
class ItemState:
    key: str
    kind: str
    topic: str
    section: int
    target_s: int
    answer: Any = None
    spent_s: float = 0.0
    answered_s: float | None = None  # session time at the last answer


@dataclass
class MockSession:
    preset_id: str
    items: list[ItemState]
    duration_s: float
    pause_allowed: bool = False
    blind: bool = False
    elapsed_s: float = 0.0  # active time used, up to `last_tick`
    last_tick: float | None = None  # epoch seconds while running; None while paused or not started
    current: int = 0
    pauses: list[list[float]] = field(default_factory=list)  # [start, end] in session time
    finished: str = ""  # "", "submitted" or "time"

    @classmethod
    def create(cls, preset_id: str, items: list[Item], duration_s: float,
               pause_allowed: bool = False, blind: bool = False) -> MockSession:  # fmt: skip
        states = [ItemState(i.key, i.kind, i.topic, i.section, i.target_s) for i in items]
        return cls(preset_id, states, duration_s, pause_allowed, blind)

    # --- the clock ---------------------------------------------------------------------

    def start(self, now: datetime) -> None:
        if self.last_tick is None and not self.finished:
            self.last_tick = now.timestamp()

    @property
    def running(self) -> bool:
        return self.last_tick is not None and not self.finished

    def tick(self, now: datetime) -> None:
        """Account for the time since the last tick; ends the session when time is up."""
        if not self.running:
            return
        assert self.last_tick is not None
        step = max(0.0, now.timestamp() - self.last_tick)
        step = min(step, max(0.0, self.duration_s - self.elapsed_s))
        self.elapsed_s += step
        self.items[self.current].spent_s += step
        self.last_tick = now.timestamp()
        if self.elapsed_s >= self.duration_s:
            self.finished = "time"  # everything given so far is submitted as it stands
            self.last_tick = None

    def remaining(self, now: datetime) -> float:
        self.tick(now)
        return max(0.0, self.duration_s - self.elapsed_s)

    def pause(self, now: datetime) -> None:
        if not self.pause_allowed:
            raise SessionError("this interview does not allow pausing")
        if self.running:
            self.tick(now)
            self.last_tick = None
            self.pauses.append([self.elapsed_s, self.elapsed_s])

    def resume(self, now: datetime) -> None:
        """After a pause, or on restarting the app after a crash: the gap is not counted."""
        if self.finished or self.last_tick is not None:
            return
        self.last_tick = now.timestamp()

    @property
    def paused(self) -> bool:
        return not self.finished and self.last_tick is None and bool(self.pauses)

    # --- moving and answering ----------------------------------------------------------

    def go_to(self, index: int, now: datetime) -> None:
        if not 0 <= index < len(self.items):
            raise SessionError(f"there is no item {index + 1}")
        self.tick(now)
        self.current = index

    def answer(self, index: int, payload: Any, now: datetime) -> None:
        self.tick(now)
        if self.finished:
            raise SessionError("the interview has ended; answers are closed")
        item = self.items[index]
        item.answer, item.answered_s = payload, self.elapsed_s

    def submit(self, now: datetime) -> None:
        self.tick(now)
        if not self.finished:
            self.finished, self.last_tick = "submitted", None

    @property
    def answered(self) -> int:
        return sum(i.answer is not None for i in self.items)

    # --- saving ------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MockSession:
        items = [ItemState(**item) for item in data["items"]]
        return cls(**{**data, "items": items})

    def after_crash(self) -> None:
        """Loaded from a save: the time the app was down does not count; resume() restarts the clock."""
        if self.last_tick is not None:
            self.last_tick = None
