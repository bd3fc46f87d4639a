"""The strip of big numbers above the charts, with the two ways to start reviewing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from interview_app.core.practice import plural
from interview_app.core.progress.dashboard import Dashboard
from interview_app.gui.dashboard.aggregate import average_mastery, due_now
from interview_app.gui.dashboard.describe import long_day
from interview_app.gui.dashboard.layout import StatTile


class HeaderStrip(QWidget):
    review_due = Signal()
    review_weak = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = StatTile("due today")
        self.due.setProperty("accent", True)
        self.streak = StatTile("day streak")
        self.attempts = StatTile("attempts")
        self.mastery = StatTile("average mastery")
        self.interview = StatTile("days to the interview")
        self.due_button = QPushButton("Review what is due")
        self.due_button.clicked.connect(self.review_due)
        self.weak_button = QPushButton("Review weak topics")
        self.weak_button.setObjectName("primary")
        self.weak_button.clicked.connect(self.review_weak)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.weak_button)
        buttons.addWidget(self.due_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for tile in (self.due, self.streak, self.attempts, self.mastery, self.interview):
            row.addWidget(tile)
        row.addStretch(1)
        row.addLayout(buttons)

    def set_dashboard(self, dashboard: Dashboard, weak_topics: list[str]) -> None:
        due = len(due_now(dashboard.queue))
        self.due.set(str(due), tooltip="Reviews whose time has come, overdue ones included.")
        self.due_button.setEnabled(due > 0)
        self.due_button.setText(f"Review the {due} due" if due else "Nothing due")
        streak = dashboard.streak
        self.streak.set(
            str(streak), "day streak", "Days in a row with practice, up to today or yesterday."
        )
        self.attempts.set(
            f"{dashboard.attempts:,}", "attempts · " + plural(dashboard.sessions, "session")
        )
        average = average_mastery(dashboard.mastery)
        self.mastery.set(
            "–" if average is None else f"{average:.0%}",
            tooltip="The share of the items you have tried that you would likely get right today.",
        )
        self._set_interview(dashboard)
        self.weak_button.setEnabled(bool(weak_topics))
        self.weak_button.setToolTip(
            "Practise the weakest items of: " + ", ".join(weak_topics) if weak_topics else ""
        )

    def _set_interview(self, dashboard: Dashboard) -> None:
        when = dashboard.policy.interview_date
        left = dashboard.policy.days_left(dashboard.today)
        if when is not None and left is not None:
            caption = f"day{'s' if left != 1 else ''} to the interview"
            self.interview.set(str(left), caption, f"Interview on {long_day(when)}")
        elif when is not None and when == dashboard.today:
            self.interview.set("Today", "is interview day", "Good luck!")
        self.interview.setVisible(
            when is not None and (left is not None or when == dashboard.today)
        )
