"""Progress benchmark: a synthetic history of 200,000 attempts over two years, whole bank.

Prints, measured in one run: the dashboard's data (every query and chart series), the review
queue alone, recording one attempt (insert, totals, card update, commit), and the longest stall
of the GUI thread from the click on "Progress" to its charts drawn, each next to its goal. The
click comes 3 s after start-up: by then the window has imported the page's modules (QtCharts
included) in the background, as it does for every user.

    python3 benchmarks/progress.py [--attempts 200000] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from interview_app.core.bank import load_default_bank
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.progress.dashboard import load_dashboard
from interview_app.core.progress.synthetic import seed_history
from interview_app.core.records import AttemptRecord
from interview_app.core.review.catalogue import catalogue
from interview_app.core.review.mastery import topic_mastery
from interview_app.core.review.queue import build_queue, day_end
from interview_app.core.store import open_store
from interview_app.core.vocab import Outcome

NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
TZ = ZoneInfo("Europe/Paris")


def timed(fn, runs: int) -> list[float]:
    fn()  # warm: caches, imports
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def line(name: str, times: list[float], goal_ms: float) -> str:
    median, worst = statistics.median(times), max(times)
    verdict = "met" if median < goal_ms else "NOT met"
    return f"{name:28} median {median:7.2f} ms   worst {worst:7.2f} ms   goal < {goal_ms:g} ms: {verdict}"


def gui_stall(directory: Path, after_ms: int) -> tuple[float, float]:
    """Longest gap between 2 ms heartbeats on the GUI thread from the click on "Progress" until
    its charts are drawn; the click comes `after_ms` after the window is ready."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from interview_app.gui.app import create_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = create_window(directory)
    window.ctx.now = lambda: NOW
    window.ctx.tz = TZ
    window.show()
    gaps: list[float] = []
    clock, total = QElapsedTimer(), QElapsedTimer()
    beat = QTimer()
    beat.setInterval(2)
    state = {"done": False, "watching": False}

    def finished() -> None:
        state["done"] = True
        beat.stop()
        QTimer.singleShot(0, app.quit)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        clock.restart()
        page = window.dashboard_slot.page  # built by the page switch, on its own schedule
        if page is not None and not state["watching"]:
            state["watching"] = True
            page.loaded.connect(finished)

    def click() -> None:
        clock.restart()
        total.start()
        beat.start()
        window.show_page("Progress")

    beat.timeout.connect(tick)
    window.ctx.ready.connect(lambda: QTimer.singleShot(after_ms, click))
    QTimer.singleShot(0, window.ctx.start)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    elapsed = total.elapsed()
    window.close()
    window.deleteLater()
    return (max(gaps) if state["done"] else float("nan")), float(elapsed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attempts", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    bank = load_default_bank()
    items = catalogue(bank.questions.values(), load_exercises()[0].values())
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        store = open_store(directory, NOW).store
        started = time.perf_counter()
        seed_history(store, items, NOW, days=730, attempts=args.attempts, rng=random.Random(7))
        seeded_s = time.perf_counter() - started
        counts = store.counts()
        print(f"history: {counts['attempts']:,} attempts, {counts['sessions']:,} sessions over 730 days, "
              f"{len(items)} items; seeded and replayed through FSRS in {seeded_s:.1f} s")  # fmt: skip

        dashboard = timed(lambda: load_dashboard(store, items, NOW, TZ), args.runs)

        def queue() -> None:
            cards = store.review_cards()
            mastery = topic_mastery(cards.values(), items, NOW, day_end(NOW, TZ))
            build_queue(cards, items, mastery, store.review_policy(), NOW, TZ)

        queue_ms = timed(queue, args.runs)
        ids = list(items)
        rng = random.Random(1)
        clock = [NOW]

        def record() -> None:
            item = items[rng.choice(ids)]
            clock[0] += timedelta(minutes=1)
            store.record_attempt(AttemptRecord(
                question_id=item.id, topic=item.topic, kind=item.kind, created_at=clock[0],
                answer="x", outcome=rng.choice(list(Outcome)[:3]), time_spent_ms=30_000,
                target_seconds=item.target_seconds,
            ))  # fmt: skip

        record_ms = timed(record, args.runs * 4)
        board = load_dashboard(store, items, NOW, TZ)
        store.close()
        print(f"dashboard: {len(board.days)} practice days, {len(board.queue)} in today's queue, "
              f"{len(board.mocks)} mock interviews")  # fmt: skip
        print(line("dashboard data", dashboard, 150))
        print(line("review queue", queue_ms, 50))
        print(line("record one attempt", record_ms, 5))
        stall, load_ms = gui_stall(directory, after_ms=3000)
        verdict = "met" if stall < 50 else "NOT met"
        print(f"{'GUI thread, longest stall':28} {stall:7.1f} ms from the click on Progress to its charts "
              f"({load_ms:.0f} ms)   goal < 50 ms: {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
