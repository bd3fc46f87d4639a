"""The interview-date bar: a checkbox and a date, with a line saying what the date means."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from interview_app.gui.review import model as words

if TYPE_CHECKING:
    from datetime import date

    from interview_app.gui.review.model import ReviewModel

POLICY_DELAY_MS = 400  # typing a date changes it once per keystroke: write the last one


class InterviewBar(QWidget):
    date_chosen = Signal(object)  # the interview date (or None) once the edits settle

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: ReviewModel | None = None  # the last rendered model, for instant feedback
        self.setObjectName("interviewBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._policy_timer = QTimer(self)
        self._policy_timer.setSingleShot(True)
        self._policy_timer.setInterval(POLICY_DELAY_MS)
        self._policy_timer.timeout.connect(lambda: self.date_chosen.emit(self.chosen_date()))

        self.box = QCheckBox("I have an interview on")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setEnabled(False)
        self.info = QLabel()
        self.info.setObjectName("hintText")
        self.info.setWordWrap(True)
        self.box.toggled.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.box)
        row.addWidget(self.date_edit)
        row.addSpacing(8)
        row.addWidget(self.info, 1)

    def show_model(self, model: ReviewModel) -> None:
        self._model = model
        chosen, today = model.policy.interview_date, model.today
        widgets = (self.box, self.date_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_edit.setMinimumDate(_qdate(today))
        active = chosen is not None and chosen >= today
        if not self._policy_timer.isActive():  # an edit not yet written wins over the stored date
            self.box.setChecked(active)
            if active and chosen is not None:
                self.date_edit.setDate(_qdate(chosen))
            elif self.date_edit.date() <= _qdate(today):
                self.date_edit.setDate(_qdate(today).addDays(21))
        self.date_edit.setEnabled(self.box.isChecked())
        for widget in widgets:
            widget.blockSignals(False)
        if not self._policy_timer.isActive():
            self.info.setText(words.interview_text(model.policy, today, model.new_per_day))

    def chosen_date(self) -> date | None:
        if not self.box.isChecked():
            return None
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def _edited(self) -> None:
        self.date_edit.setEnabled(self.box.isChecked())
        model = self._model
        if model is not None:
            # Say what the date means at once; the queue follows after the write and reload.
            policy = dataclasses.replace(model.policy, interview_date=self.chosen_date())
            self.info.setText(
                words.interview_text(policy, model.today, model.new_per_day_under(policy))
            )
        self._policy_timer.start()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
