"""The mock-interview page: the controller between the pure engine and the views.

The engine (core.mock.engine) owns the clock; this page only ticks it, shows it and saves its
state after every change, so a crash loses nothing and the next start can resume.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from interview_app.core.mock.draw import candidates, draw
from interview_app.core.mock.engine import MockSession
from interview_app.core.mock.grading import Graded, grade_all
from interview_app.core.mock.presets import Preset, load_presets, parse_preset
from interview_app.core.mock.report import (
    Report,
    answer_text,
    build_report,
    to_html,
    to_markdown,
)
from interview_app.core.vocab import Outcome
from interview_app.gui.context import AppContext
from interview_app.gui.mock import editors
from interview_app.gui.mock.exam_view import ExamView
from interview_app.gui.mock.report_flow import attempts_for, export_report, preset_json
from interview_app.gui.mock.review_view import ReviewView, SelfScore
from interview_app.gui.mock.setup_view import MockSetup

SAVE_DELAY_MS = 400
SAVE_EVERY_MS = 5000


def _load_exercises() -> dict[str, Any]:
    from interview_app.core.judge.exercises import load_exercises

    return load_exercises()[0]


class MockPage(QStackedWidget):
    # "" when no interview runs, else a short line with the time left (for the window's sidebar)
    interview_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup, self.exam, self.review = MockSetup(), ExamView(), ReviewView()
        for view in (self.setup, self.exam, self.review):
            self.addWidget(view)
        self.presets: dict[str, Preset] = {}
        self.exercises: dict[str, Any] = {}
        self.session: MockSession | None = None
        self.preset: Preset | None = None
        self.mock_id: int | None = None
        self.editors: dict[int, editors.ExamEditor] = {}
        self.graded: dict[str, Graded] | None = None
        self.report: Report | None = None
        self.interrupted: dict[str, Any] | None = None
        self.orders: dict[
            str, list[int]
        ] = {}  # option order per choice item, saved with the session
        self.indicator = ""
        self._confirm_box: QMessageBox | None = None
        self._export_dir = ctx.data_dir.parent if ctx.data_dir else None
        self._ticker = QTimer(self, interval=250)
        self._ticker.timeout.connect(self._tick)
        self._saver = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._saver.timeout.connect(self.save)
        self._autosave = QTimer(self, interval=SAVE_EVERY_MS)
        self._autosave.timeout.connect(self.save)
        self.setup.start_requested.connect(self.start)
        self.setup.report_requested.connect(self.open_report)
        self.exam.items.currentRowChanged.connect(self.go_to)
        self.exam.previous_button.clicked.connect(
            lambda: self.go_to(self.session.current - 1 if self.session else 0)
        )
        self.exam.next_button.clicked.connect(
            lambda: self.go_to(self.session.current + 1 if self.session else 0)
        )
        self.exam.submit_button.clicked.connect(self.confirm_end)
        self.exam.pause_button.clicked.connect(self.toggle_pause)
        self.review.finish_requested.connect(self.finish_report)
        self.review.back.clicked.connect(self.back_to_setup)
        self.review.export_markdown.clicked.connect(lambda: self.export("md"))
        self.review.export_html.clicked.connect(lambda: self.export("html"))
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.session and self.currentWidget() is self.exam
                                       and self.go_to(self.session.current + s))  # fmt: skip
        if ctx.is_ready:
            QTimer.singleShot(0, self._load)  # built after start-up, on first visit
        else:
            ctx.ready.connect(self._load)

    # --- loading and history -----------------------------------------------------------

    def _load(self) -> None:
        self.presets = load_presets()
        topics = {t.id: t.title for t in self.ctx.bank.topics.values()} if self.ctx.bank else {}
        self.setup.set_presets(self.presets, topics)
        self.ctx.runner.run(_load_exercises, self._exercises_loaded)
        self._refresh_history()

    def _exercises_loaded(self, exercises: dict[str, Any]) -> None:
        self.exercises = exercises
        self.ctx.read(lambda store: store.unfinished_mock(), self._offer_resume)

    def _refresh_history(self) -> None:
        self.ctx.read(lambda store: store.mock_history(), self.setup.set_history)

    def _offer_resume(self, record: dict[str, Any] | None) -> None:
        if self.session is not None:
            return  # an interview began before this look-up returned: that one is not interrupted
        self.interrupted = record
        if record is None:
            return
        session = MockSession.from_json(record["state"]["session"])
        left = max(0, round(session.duration_s - session.elapsed_s))
        box = QMessageBox(QMessageBox.Icon.Question, "Interrupted interview",
                          f"“{record['title']}” was interrupted with {left // 60}:{left % 60:02d} left and "
                          f"{session.answered} answers saved. Resume it, or end it and see the report?",
                          parent=self)  # fmt: skip
        resume = box.addButton("Resume", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("End and report", QMessageBox.ButtonRole.DestructiveRole)
        box.finished.connect(lambda _=0: self.resume_interrupted() if box.clickedButton() is resume
                             else self.end_interrupted())  # fmt: skip
        self._resume_box = box
        box.open()

    def resume_interrupted(self) -> None:
        record, self.interrupted = self.interrupted, None
        if record is not None:
            self._open(record, resume=True)

    def end_interrupted(self) -> None:
        record, self.interrupted = self.interrupted, None
        if record is not None:
            self._open(record, resume=False)
            self.end()

    def _open(self, record: dict[str, Any], resume: bool) -> None:
        state = record["state"]
        self.preset = parse_preset(state["preset"], "saved interview")
        self.session = MockSession.from_json(state["session"])
        self.orders = {k: list(v) for k, v in state.get("orders", {}).items()}
        self.session.after_crash()
        self.mock_id = record["id"]
        self._show_exam()
        if resume:
            self.session.resume(self.ctx.now())
            self._ticker.start()
            self._autosave.start()

    # --- the exam ----------------------------------------------------------------------

    def start(self, preset: Preset, blind: bool) -> None:
        bank = self.ctx.bank
        if bank is None:
            return
        pool = candidates(list(bank.questions.values()), list(self.exercises.values()))
        items, notes = draw(preset, pool, self.ctx.rng)
        if not items:
            QMessageBox.information(self, "Mock interview", "No questions match this interview.")
            return
        self.preset, self.mock_id, self.orders = preset, None, {}
        self.session = MockSession.create(
            preset.id, items, preset.minutes * 60, preset.pause_allowed, blind
        )
        self.session.start(self.ctx.now())
        self._show_exam()
        self.exam.saved.setText("; ".join(notes))
        self.save()
        self._ticker.start()
        self._autosave.start()

    def _show_exam(self) -> None:
        assert self.session is not None and self.preset is not None
        self.exam.clear_editors()
        self.editors = {}
        self.exam.title.setText(self.preset.title)
        self.exam.pause_button.setVisible(self.session.pause_allowed)
        self.exam.items.blockSignals(True)
        self.exam.items.clear()
        for n, item in enumerate(self.session.items):
            self.exam.items.addItem(f"{n + 1}. {self._title(item.key)}")
            self.exam.items.item(n).setToolTip(self.preset.sections[item.section].title)
        self.exam.items.blockSignals(False)
        self.setCurrentWidget(self.exam)
        self.go_to(self.session.current)
        self._tick()

    def _find(self, key: str) -> Any:
        kind, _, ident = key.partition(":")
        return self.exercises.get(ident) if kind == "x" else self.ctx.bank.questions.get(ident)

    def _editor(self, index: int) -> editors.ExamEditor:
        if index not in self.editors:
            assert self.session is not None
            item = self.session.items[index]
            found = self._find(item.key)
            if item.kind == "choice" and item.key not in self.orders:
                self.orders[item.key] = editors.option_order(found, self.ctx.rng)
                self._saver.start()  # the order is part of what a resume must restore
            editor = editors.make_editor(
                item.kind, found, self.ctx.rng, self._math_preview, self.orders.get(item.key)
            )
            editor.set_value(item.answer)
            editor.changed.connect(lambda i=index: self._answered(i))
            self.editors[index] = editor
        return self.editors[index]

    def _math_preview(self, question: Any) -> Any:
        from interview_app.gui.panels.maths import preview

        def show(text: str, setter: Any) -> None:
            if not text.strip():
                setter("")
                return
            self.ctx.runner.run(lambda: preview(text, question.variables, question.positive),
                                lambda result: setter(("Read as: " + result[1]) if result[0] else html.escape(result[1])))  # fmt: skip

        return show

    def go_to(self, index: int) -> None:
        session = self.session
        if session is None or not 0 <= index < len(session.items):
            return
        session.go_to(index, self.ctx.now())
        item, found = session.items[index], self._find(session.items[index].key)
        title = found.title if item.kind == "code" else found.label
        prompt = found.prompt
        topic = self._topic_title(item.topic)
        meta = "" if session.blind else f"{topic} · {found.difficulty.value} · {item.kind}"
        self.exam.meta.setText(meta)
        self.exam.prompt.set_markdown(f"### {index + 1}. {title}\n\n{prompt}")
        self.exam.set_editor(self._editor(index))
        self.exam.items.blockSignals(True)
        self.exam.items.setCurrentRow(index)
        self.exam.items.blockSignals(False)
        self._show_progress()

    def _answered(self, index: int) -> None:
        if self.session is None or self.session.finished:
            return
        self.session.answer(index, self.editors[index].value(), self.ctx.now())
        self._show_progress()
        self._saver.start()

    def _show_progress(self) -> None:
        session = self.session
        if session is None:
            return
        self.exam.progress.setText(f"answered {session.answered} of {len(session.items)}")
        for n, item in enumerate(session.items):
            row = self.exam.items.item(n)
            label = row.text().removeprefix("✓ ")
            row.setText(("✓ " if item.answer is not None else "") + label)

    def _tick(self) -> None:
        session = self.session
        if session is None:
            return
        remaining = session.remaining(self.ctx.now())
        self.exam.timer.show_remaining(remaining, session.duration_s)
        if not session.finished:
            left = max(0, round(remaining))
            paused = " (paused)" if session.paused else ""
            self._set_indicator(f"Interview running: {left // 60}:{left % 60:02d} left{paused}")
        if session.finished == "time" and self.currentWidget() is self.exam:
            self.end()

    def toggle_pause(self) -> None:
        session = self.session
        if session is None or not session.pause_allowed:
            return
        if session.paused:
            session.resume(self.ctx.now())
        else:
            session.pause(self.ctx.now())
        self.exam.show_paused(session.paused)
        self.save()

    def save(self) -> None:
        """Write the session's state now (after every change, and every few seconds)."""
        session, preset = self.session, self.preset
        if session is None or preset is None:
            return
        session.tick(self.ctx.now())
        state = json.loads(
            json.dumps(
                {"session": session.to_json(), "preset": preset_json(preset), "orders": self.orders}
            )
        )
        mock_id, now = self.mock_id, self.ctx.now()
        ref = self

        def write(store: Any) -> int:
            return store.save_mock(mock_id, preset.id, preset.title, state, now)

        def saved(new_id: int) -> None:
            ref.mock_id = new_id
            ref.exam.saved.setText("All answers saved.")

        if mock_id is None:
            self.ctx.write(write, saved)
        else:
            self.ctx.write(write)

    # --- the end -----------------------------------------------------------------------

    def blank_count(self) -> int:
        """How many items have no answer yet."""
        return sum(item.answer is None for item in self.session.items) if self.session else 0

    def confirm_end(self) -> None:
        """Ask before ending with time left, saying how many items are still blank."""
        session = self.session
        if session is None or session.finished:
            return
        left = max(0, round(session.remaining(self.ctx.now())))
        blank = self.blank_count()
        blanks = f"{blank} of {len(session.items)} questions are still blank. " if blank else ""
        box = QMessageBox(QMessageBox.Icon.Question, "Submit the interview?",
                          f"{left // 60}:{left % 60:02d} is left. {blanks}Once submitted, "
                          "answers can no longer change.", parent=self)  # fmt: skip
        submit = box.addButton("Submit now", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.finished.connect(lambda _=0: box.clickedButton() is submit and self.end())
        self._confirm_box = box
        box.open()

    def _set_indicator(self, text: str) -> None:
        if text != self.indicator:
            self.indicator = text
            self.interview_changed.emit(text)

    def _topic_title(self, topic: str) -> str:
        bank = self.ctx.bank
        found = bank.topics.get(topic) if bank is not None else None
        return found.title if found is not None else topic

    def end(self) -> None:
        session = self.session
        if session is None:
            return
        self._set_indicator("")
        if self._confirm_box is not None:
            self._confirm_box.close()
        self._ticker.stop()
        self._autosave.stop()
        self._saver.stop()
        session.submit(self.ctx.now())
        self.save()
        panels = {}
        for item in session.items:
            if item.kind in ("concept", "design") and item.answer is not None:
                found = self._find(item.key)
                answer = item.answer if isinstance(item.answer, str) else "\n\n".join(
                    f"**{title}**\n\n{text}" for title, text in item.answer.items())  # fmt: skip
                panels[item.key] = SelfScore(found.label, answer, found.answer,
                                             getattr(found, "key_points", ()), getattr(found, "rubric", ()))  # fmt: skip
        self.review.start_scoring(panels)
        self.setCurrentWidget(self.review)
        self.graded = None
        items, find, checker = list(session.items), self._find, self.ctx.math_checker()

        def make_judge() -> Any:
            from interview_app.core.judge.grader import Judge

            return Judge(keep_warm=False)

        self.ctx.runner.run(lambda: grade_all(items, find, make_judge, checker), self._graded)

    def _graded(self, graded: dict[str, Graded]) -> None:
        self.graded = graded
        self.review.mark_graded()

    def finish_report(self) -> None:
        session, preset = self.session, self.preset
        if session is None or preset is None or self.graded is None or self.mock_id is None:
            return
        if self.review.missing():
            return
        scores = {k: g.score for k, g in self.graded.items()}
        verdicts = {k: g.verdict for k, g in self.graded.items()}
        explanations = {i.key: self._explanation(i.key) for i in session.items}
        explanations.update({k: g.explanation for k, g in self.graded.items() if g.explanation})
        answers = {i.key: answer_text(i.kind, i.answer, getattr(self._find(i.key), "options", ()))
                   for i in session.items}  # fmt: skip
        details: dict[str, dict[str, Any]] = {}
        outcomes: dict[str, Outcome] = {}
        for key, panel in self.review.scores.items():
            verdict, details[key] = panel.score()
            scores[key], verdicts[key] = verdict.score, verdict.message
            outcomes[key] = verdict.outcome
            explanations[key] = self._find(key).answer
        titles = {i.key: self._title(i.key) for i in session.items}
        mock_id = self.mock_id
        self.ctx.read(
            lambda store: [
                r["overall"] for r in reversed(store.mock_history(preset.id)) if r["id"] != mock_id
            ],
            lambda previous: self._store_report(
                scores, verdicts, explanations, titles, details, previous, answers, outcomes
            ),
        )

    def _explanation(self, key: str) -> str:
        """What the report teaches for an item: the model answer, or a reference solution."""
        found = self._find(key)
        if key.startswith("x:"):
            hint = f"Hint: {found.hint}\n\n" if found.hint else ""
            return f"{hint}A reference solution:\n\n{found.reference_source}"
        return found.answer

    def _title(self, key: str) -> str:
        found = self._find(key)
        return found.title if key.startswith("x:") else found.label

    def _store_report(self, scores: dict, verdicts: dict, explanations: dict, titles: dict,
                      details: dict, previous: list[float], answers: dict,
                      outcomes: dict) -> None:  # fmt: skip
        session, preset, mock_id = self.session, self.preset, self.mock_id
        assert session is not None and preset is not None and mock_id is not None
        report = build_report(session, preset, scores, verdicts=verdicts, titles=titles,
                              explanations=explanations, previous=[p for p in previous if p is not None],
                              answers=answers,
                              topic_titles={t.id: t.title for t in self.ctx.bank.topics.values()})  # fmt: skip
        self.report = report
        markdown = to_markdown(report)
        now = self.ctx.now()
        attempts = attempts_for(session, scores, verdicts, details, mock_id, now, outcomes)
        state = {"session": session.to_json(), "preset": preset_json(preset), "orders": self.orders}
        saved = {"markdown": markdown, "html": to_html(report), "overall": report.overall}
        self.ctx.write(lambda store: store.finish_mock(mock_id, state, saved, report.overall, attempts, now),
                       lambda _=None: self._refresh_history())  # fmt: skip
        self.review.show_report(markdown)
        self._export_texts = saved

    def open_report(self, mock_id: int) -> None:
        def found(rows: list[dict[str, Any]]) -> None:
            for row in rows:
                if row["id"] == mock_id and row["report"]:
                    self._export_texts = row["report"]
                    self.review.show_report(row["report"]["markdown"])
                    self.setCurrentWidget(self.review)

        self.ctx.read(lambda store: store.mock_history(), found)

    def export(self, kind: str) -> None:
        texts = getattr(self, "_export_texts", None)
        if texts:
            saved = export_report(self, texts, kind, self.ctx.now(), self._export_dir)
            if saved:
                self._export_dir = saved.parent
                self.review.status.setText(f"Report saved to {saved}")

    def back_to_setup(self) -> None:
        self.session = self.preset = self.mock_id = None
        self.setCurrentWidget(self.setup)
