"""Starting the window. Heavy work (bank, database) happens after it is shown, off its thread."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from interview_app.core.paths import data_dir, shipped_dir, user_bank_dirs
from interview_app.gui.context import AppContext
from interview_app.gui.main_window import MainWindow

if TYPE_CHECKING:  # both load off the start path, on worker threads
    from interview_app.core.bank import Bank
    from interview_app.core.store import OpenResult

# Set to 1 to print "shown" once the window is on screen, then "ready" once the questions and
# progress are loaded, and quit (start-up benchmark and smoke test).
EXIT_AFTER_SHOW_ENV = "INTERVIEW_APP_EXIT_AFTER_SHOW"


def _load_bank(directory: Path) -> Bank:
    from interview_app.core.bank import load_default_bank

    return load_default_bank(user_bank_dirs(directory))


def _open_store(directory: Path, now: datetime) -> OpenResult:
    from interview_app.core.store import open_store

    return open_store(directory, now)


def settings_for(directory: Path) -> QSettings:
    """Window settings live in the data directory too: the app writes nowhere else."""
    return QSettings(str(directory / "settings.ini"), QSettings.Format.IniFormat)


def create_window(directory: Path) -> MainWindow:
    """The window; call `window.ctx.start()` once it is shown to load the bank and the store."""
    ctx = AppContext(directory, lambda: _load_bank(directory), _open_store)
    return MainWindow(ctx, settings_for(directory), welcome=True)


def run(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("interview-app")
    app.setApplicationDisplayName("Interview practice")
    resources = shipped_dir("resources")
    app.setWindowIcon(QIcon(str(resources / "icon.svg")))
    app.setStyleSheet((resources / "style.qss").read_text(encoding="utf-8"))
    window = create_window(data_dir())
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        QTimer.singleShot(0, lambda: print("shown", flush=True))
        window.ctx.ready.connect(lambda: (print("ready", flush=True), window.close()))
    # Loading starts once the event loop runs, so that the worker threads do not compete with
    # building the window for the interpreter.
    QTimer.singleShot(0, window.ctx.start)
    return app.exec()
