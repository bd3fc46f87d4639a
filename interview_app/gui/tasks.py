"""The one way the GUI runs work off its thread (the shape of Anki's QueryOp / superqt's workers).

`run(fn, on_done, on_error)` calls `fn()` on a worker thread and then `on_done(result)` or
`on_error(exc)` on the GUI thread. `fn` must never touch a widget. Store work goes to a
single-thread lane, so there is exactly one SQLite writer and writes keep their order.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)
STORE, WORK = "store", "work"


class TaskRunner(QObject):
    _finished = Signal(object)  # (callback, value), delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes = {
            STORE: ThreadPoolExecutor(max_workers=1, thread_name_prefix="store"),
            WORK: ThreadPoolExecutor(max_workers=2, thread_name_prefix="work"),
        }
        self._closed = False
        # The receiver is this object, which lives on the GUI thread: the connection is queued.
        self._finished.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        lane: str = WORK,
    ) -> Future | None:
        if self._closed:
            return None
        future = self._lanes[lane].submit(fn)
        future.add_done_callback(lambda f: self._finish(f, on_done, on_error))
        return future

    def _finish(self, future: Future, on_done: Any, on_error: Any) -> None:
        # On the worker thread: only hand the outcome over to the GUI thread.
        exc = future.exception()
        if exc is not None:
            if on_error is None:
                log.error("background task failed:\n%s", "".join(traceback.format_exception(exc)))
            self._finished.emit((on_error, exc))
        else:
            self._finished.emit((on_done, future.result()))

    @Slot(object)
    def _deliver(self, item: tuple[Callable[[Any], None] | None, Any]) -> None:
        callback, value = item
        if callback is not None:
            callback(value)

    def shutdown(self) -> None:
        """Finish queued store writes, then stop; later `run` calls are ignored."""
        self._closed = True
        for executor in self._lanes.values():
            executor.shutdown(wait=True, cancel_futures=False)
