"""The countdown: it displays the session's clock, it does not own it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

AMBER_S, RED_S = 5 * 60, 60


class TimerWidget(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examTimer")

    def show_remaining(self, seconds: float, total: float) -> None:
        seconds = max(0, round(seconds))
        self.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
        level = (
            "red"
            if seconds <= RED_S
            else "amber"
            if seconds <= min(AMBER_S, total * 0.2)
            else "normal"
        )
        if self.property("level") != level:
            self.setProperty("level", level)
            self.style().unpolish(self)
            self.style().polish(self)
