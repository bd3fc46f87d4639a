"""Run the real window in a child process, start a mock interview and answer questions; the
crash test kills this process with SIGKILL once it reports what it saved. Not a test module."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interview_app.core.mock.presets import Preset, Section
from interview_app.gui.app import create_window

PRESET = Preset("crash-test", "Crash test", "custom", "mid", "any", "d", False,
                (Section("All", 10, 3, ("numeric",), (), ()),))  # fmt: skip


def main() -> None:
    data_dir, answers = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    window = create_window(data_dir)
    window.show()
    steps = []

    def when_loaded() -> None:
        page = window.mock
        if not (page.presets and page.exercises):
            QTimer.singleShot(50, when_loaded)
            return
        page.start(PRESET, blind=False)
        for n in range(answers):
            steps.append(lambda n=n: (page.go_to(n), page.editors[n].set_value(str(n + 1))))
        QTimer.singleShot(100, run_steps)

    def run_steps() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(600, run_steps)  # past the 400 ms save delay
            return
        page = window.mock
        page.save()
        QTimer.singleShot(
            500,
            lambda: print(f"answered {answers} elapsed {page.session.elapsed_s:.2f}", flush=True),
        )

    window.ctx.ready.connect(
        lambda: window.show_page("Mock interview") or QTimer.singleShot(0, when_loaded)
    )
    window.ctx.start()
    app.exec()  # until killed


if __name__ == "__main__":
    main()
