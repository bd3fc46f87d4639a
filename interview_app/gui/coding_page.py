"""The coding page: pick an exercise, write the function (or the SQL query), Run or Submit.

Grading runs on a worker thread through the task runner; the judge's per-test progress
arrives by signal. Drafts are saved as the user types; every submission is stored.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.code_editor import CodeEditor
from interview_app.gui.coding_list import ExerciseList
from interview_app.gui.context import AppContext
from interview_app.gui.results_view import ResultsView
from interview_app.gui.widgets import MarkdownView

if TYPE_CHECKING:
    from interview_app.core.judge.exercises import Exercise
    from interview_app.core.judge.verdicts import GradeResult
    from interview_app.core.store import Store

DRAFT_DELAY_MS = 700
LAST_EXERCISE = "coding/last_exercise"
LIST_SHOWN = "coding/list_shown"
HANDLE_STYLE = (
    "QSplitter::handle { background: #d9dee3; } QSplitter::handle:hover { background: #a5b4c4; }"
)


class _Progress(QObject):
    """Carries the judge's progress from its thread to the GUI thread."""

    changed = Signal(int, int)


def _load_judge(ctx: AppContext) -> tuple[dict[str, Exercise], list[str], Any]:
    """Off the GUI thread: read the exercises and start the judge's first worker."""
    from interview_app.core.judge.exercises import load_exercises
    from interview_app.core.judge.grader import Judge

    exercises, problems = load_exercises()
    for exercise in exercises.values():
        if exercise.kind == "sql":
            exercise.schema()  # reads the cases module here, not on the GUI thread
    judge = Judge()
    ctx.adopt_judge(judge)  # now, not in the callback: the app may close before that runs
    judge.prepare()
    return exercises, problems, judge


def draft_key(exercise: Exercise) -> str:
    """Where an exercise's draft is stored: Python drafts by id, SQL ones apart (`id.sql`)."""
    return exercise.id if exercise.kind == "python" else exercise.id + exercise.suffix


def schema_html(schema: dict[str, list[tuple[str, str]]]) -> str:
    """Each table on its own line: its name, then its columns with their types."""
    lines = []
    for table, columns in schema.items():
        cols = ", ".join(
            f"{html.escape(name)} <span style='color:#868e96'>{html.escape(kind)}</span>"
            for name, kind in columns
        )
        lines.append(f"<b>{html.escape(table)}</b> ({cols})")
    return "<span style='font-family:monospace'>" + "<br>".join(lines) + "</span>"


class CodingPage(QWidget):
    graded = Signal(object)  # GradeResult, after it is shown (tests wait on this)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exercises: dict[str, Exercise] = {}
        self._wanted: str | None = None
        self.exercise: Exercise | None = None
        self.judge: Any = None
        self.busy = False
        self._loading = False
        self._clock = QElapsedTimer()
        self._progress = _Progress()
        self._progress.changed.connect(self._show_progress)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._write_draft)
        self._dirty = False

        self.settings = QSettings(str(ctx.data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self.picker = ExerciseList()
        self.picker.setMinimumWidth(180)
        self.picker.chosen.connect(self.open_exercise)
        self.list_button = QPushButton("☰ Exercises")
        self.list_button.setCheckable(True)
        self.list_button.setToolTip("Show or hide the exercise list")
        self.list_button.toggled.connect(self.show_list)
        self.title = QLabel("Loading exercises…")
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.prompt = MarkdownView()
        self.schema = QLabel()
        self.schema.setObjectName("schemaView")
        self.schema.setWordWrap(True)
        self.schema.setTextFormat(Qt.TextFormat.RichText)
        self.schema.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schema.setStyleSheet(
            "#schemaView { background: #f1f3f5; border: 1px solid #d9dee3; border-radius: 4px;"
            " padding: 6px; }"
        )
        self.schema.hide()
        self.hint_button = QPushButton("Show hint")
        self.hint_button.setCheckable(True)
        self.hint_button.setEnabled(False)
        self.hint_button.toggled.connect(self._toggle_hint)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hintText")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()
        self.editor = CodeEditor()
        self.editor.textChanged.connect(self._edited)
        self.results = ResultsView()
        self.status = QLabel()
        self.status.setObjectName("hintText")
        self.status.setWordWrap(True)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Replace your code with the starter code")
        self.run_button = QPushButton("Run  (Ctrl+')")
        self.run_button.setToolTip("Run the examples from the prompt, not recorded (Ctrl+')")
        self.submit_button = QPushButton("Submit  (Ctrl+Enter)")
        self.submit_button.setToolTip("Submit against every test (Ctrl+Enter)")
        self.submit_button.setObjectName("primary")
        self.reset_button.clicked.connect(self.reset_to_starter)
        self.run_button.clicked.connect(lambda: self.grade(run_only=True))
        self.submit_button.clicked.connect(lambda: self.grade(run_only=False))
        for button in (self.reset_button, self.run_button, self.submit_button):
            button.setEnabled(False)
        for keys, action in (("Ctrl+Return", False), ("Ctrl+Enter", False), ("Ctrl+'", True)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(
                lambda run=action: self.isVisible() and self.grade(run_only=run)
            )
        self._build_layout()
        ctx.ready.connect(lambda: self.isVisible() and self._start_loading())

    def _build_layout(self) -> None:
        """LeetCode's shape: list | prompt | editor over results, every handle visible."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.submit_button)
        prompt_box = _column(self.schema, self.prompt, self.hint_button, self.hint, stretch=1)
        editor_box = QWidget()
        editor_col = QVBoxLayout(editor_box)
        editor_col.setContentsMargins(0, 0, 0, 0)
        editor_col.addWidget(self.editor, 1)
        editor_col.addLayout(buttons)
        results_box = _column(self.status, self.results, stretch=1)
        self.split = _splitter(Qt.Orientation.Vertical, editor_box, results_box)
        self.split.setStretchFactor(0, 11)
        self.split.setStretchFactor(1, 9)
        self.work = _splitter(Qt.Orientation.Horizontal, self.picker, prompt_box, self.split)
        self.work.setCollapsible(1, False)
        self.work.setCollapsible(2, False)
        self.work.setStretchFactor(1, 2)
        self.work.setStretchFactor(2, 3)
        self.work.splitterMoved.connect(lambda *_: self._list_moved())
        header = QHBoxLayout()
        header.addWidget(self.list_button)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.work, 1)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            QTimer.singleShot(0, self._size_panes)
        if self.ctx.is_ready:
            self._start_loading()  # the judge starts when the page is first opened

    def _size_panes(self) -> None:
        """The editor gets the larger share; the list starts hidden where space is short."""
        total = max(self.work.width(), 600)
        stored = self.settings.value(LIST_SHOWN)
        shown = total >= 1000 if stored is None else str(stored).lower() == "true"
        listed = 220 if shown else 0
        rest = total - listed
        self.work.setSizes([listed, rest * 2 // 5, rest - rest * 2 // 5])
        height = self.split.height()
        self.split.setSizes([height * 11 // 20, height - height * 11 // 20])
        self.list_button.blockSignals(True)
        self.list_button.setChecked(shown)
        self.list_button.blockSignals(False)

    def show_list(self, shown: bool) -> None:
        """Open or collapse the exercise list, giving its room to the prompt (kept in settings)."""
        sizes = self.work.sizes()
        if shown == (sizes[0] > 0):
            return
        width = 220 if shown else 0
        change = width - sizes[0]  # taken from (or given back to) the prompt and editor alike
        prompt = max(min(300, sizes[1]), sizes[1] - change // 2)
        self.work.setSizes([width, prompt, max(200, sum(sizes) - width - prompt)])
        self.settings.setValue(LIST_SHOWN, shown)

    def _list_moved(self) -> None:
        shown = self.work.sizes()[0] > 0
        if shown != self.list_button.isChecked():
            self.list_button.blockSignals(True)
            self.list_button.setChecked(shown)
            self.list_button.blockSignals(False)
            self.settings.setValue(LIST_SHOWN, shown)

    def _toggle_hint(self, shown: bool) -> None:
        self.hint.setVisible(shown)
        self.hint_button.setText("Hide hint" if shown else "Show hint")

    # --- loading -------------------------------------------------------------------------

    def _start_loading(self) -> None:
        if self._loading or self.judge is not None:
            return
        self._loading = True
        self.ctx.runner.run(lambda: _load_judge(self.ctx), self._judge_loaded, self._judge_failed)

    def _judge_loaded(self, loaded: tuple[dict[str, Exercise], list[str], Any]) -> None:
        self.exercises, problems, self.judge = loaded
        self.ctx.exercises = self.exercises
        bank = self.ctx.bank
        titles = {t.id: t.title for t in bank.topics.values()} if bank else {}
        self.picker.set_exercises(self.exercises, titles)
        self.title.setText("Pick an exercise on the left.")
        if problems:
            self.status.setText(f"{len(problems)} exercise(s) could not be loaded: {problems[0]}")
        self.ctx.read(lambda store: store.solved(), self._solved_loaded)

    def _judge_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.title.setText("The judge could not start.")
        self.results.show_message("incorrect", f"The code judge could not start: {exc}")

    def _solved_loaded(self, solved: set[str]) -> None:
        self.picker.set_solved(solved)
        wanted, self._wanted = self._wanted, None
        if wanted is None and self.exercise is None:
            wanted = self.settings.value(LAST_EXERCISE)  # where the user left off
        if wanted in self.exercises:
            self.picker.select(wanted)
            self.open_exercise(wanted)
        elif self.exercise is None and self.picker.list.count():
            self.picker.list.setCurrentRow(0)

    # --- editing -------------------------------------------------------------------------

    def open_exercise(self, exercise_id: str) -> None:
        if exercise_id not in self.exercises:
            self._wanted = exercise_id  # opened once the exercises have loaded
            return
        if self.exercise is not None and self.exercise.id == exercise_id:
            return
        self.save_draft()
        exercise = self.exercises[exercise_id]
        self.exercise = exercise
        self.picker.select(exercise_id)  # when opened from elsewhere (a review)
        self.title.setText(f"{exercise.title}   ·   {exercise.difficulty.value}")
        self.prompt.set_markdown(exercise.prompt)
        self._show_schema(exercise)
        self.editor.set_language(exercise.kind)
        self.hint.setText(f"Hint: {exercise.hint}" if exercise.hint else "")
        self.hint_button.setChecked(False)
        self.hint_button.setEnabled(bool(exercise.hint))
        self.settings.setValue(LAST_EXERCISE, exercise_id)
        self.results.clear()
        self.status.clear()
        self.editor.setReadOnly(True)
        key = draft_key(exercise)
        self.ctx.read(
            lambda store: store.draft(key),
            lambda draft: self._draft_loaded(exercise_id, draft),
        )

    def _show_schema(self, exercise: Exercise) -> None:
        """SQL: the tables the query reads, above the prompt; hidden for Python exercises."""
        schema = exercise.schema() if exercise.kind == "sql" else {}
        self.schema.setText(("Tables<br>" + schema_html(schema)) if schema else "")
        self.schema.setVisible(bool(schema))

    def _draft_loaded(self, exercise_id: str, draft: str | None) -> None:
        if self.exercise is None or self.exercise.id != exercise_id:
            return  # the user moved on meanwhile
        self.editor.blockSignals(True)
        self.editor.setPlainText(draft if draft is not None else self.exercise.starter)
        self.editor.blockSignals(False)
        self.editor.setReadOnly(False)
        self.status.setText("Draft restored." if draft is not None else "")
        for button in (self.reset_button, self.run_button, self.submit_button):
            button.setEnabled(not self.busy)
        self.editor.setFocus()
        self._clock.start()

    def _edited(self) -> None:
        if self.exercise is not None and not self.editor.isReadOnly():
            self._dirty = True
            self._draft_timer.start()

    def save_draft(self) -> None:
        """Write the draft now if there are unsaved edits (switching exercise, closing, grading)."""
        self._draft_timer.stop()
        self._write_draft()

    def _write_draft(self) -> None:
        if self.exercise is None or not self._dirty:
            return
        self._dirty = False
        key, source, now = draft_key(self.exercise), self.editor.toPlainText(), self.ctx.now()
        self.ctx.write(lambda store: store.save_draft(key, source, now))

    def reset_to_starter(self) -> None:
        if self.exercise is not None:
            self.editor.setPlainText(self.exercise.starter)

    # --- grading -------------------------------------------------------------------------

    def grade(self, run_only: bool) -> None:
        if self.exercise is None or self.judge is None:
            return
        if self.busy:
            self.status.setText("Still grading the last run; the result will appear in a moment.")
            return
        self.save_draft()
        self.busy = True
        for button in (self.run_button, self.submit_button):
            button.setEnabled(False)
        exercise, source, judge = self.exercise, self.editor.toPlainText(), self.judge
        progress = self._progress.changed.emit
        self.status.setText("Starting…")
        self.results.show_message(
            "partial", "Running the examples…" if run_only else "Running all tests…"
        )
        self.ctx.runner.run(
            lambda: _graded_with_picture(judge, exercise, source, run_only, progress),
            lambda result: self._graded(exercise, source, run_only, result),
            self._grading_failed,
        )

    def _show_progress(self, done: int, total: int) -> None:
        if self.busy:
            self.status.setText(
                f"Running test {min(done + 1, total)} of {total}…" if done < total else "Checking…"
            )

    def _graded(self, exercise: Exercise, source: str, run_only: bool, result: GradeResult) -> None:
        self.busy = False
        for button in (self.run_button, self.submit_button):
            button.setEnabled(True)
        self.results.show_result(result, run_only, ordered=exercise.ordered)
        if exercise.kind == "sql":
            self._give_results_room()
        self.status.setText("")
        if not run_only:
            self._record(exercise, source, result)
        self.graded.emit(result)

    def _give_results_room(self) -> None:
        """SQL tables need height: the results get at least half the column (queries are short)."""
        editor, results = self.split.sizes()
        half = (editor + results) // 2
        if results < half:
            self.split.setSizes([editor + results - half, half])

    def _grading_failed(self, exc: BaseException) -> None:
        self.busy = False
        for button in (self.run_button, self.submit_button):
            button.setEnabled(True)
        self.results.show_message("incorrect", f"The judge failed (not your code's fault): {exc}")

    def _record(self, exercise: Exercise, source: str, result: GradeResult) -> None:
        from interview_app.core.judge.recording import attempt_for

        attempt = attempt_for(exercise, source, result, self.ctx.now(), self._clock.elapsed())

        def write(store: Store) -> set[str]:
            store.record_attempt(attempt)
            return store.solved()

        self.ctx.write(write, self._solved_loaded)
        self.status.setText("Submission saved.")


def _graded_with_picture(judge: Any, exercise: Exercise, source: str, run_only: bool,
                         progress: Any) -> GradeResult:  # fmt: skip
    """Off the GUI thread: the grade, then its picture's series (the window only draws them)."""
    from interview_app.core.judge.pictures import attach

    result = judge.grade(exercise, source, visible_only=run_only, on_progress=progress)
    return attach(exercise, result)


def _column(*widgets: QWidget, stretch: int) -> QWidget:
    """A margin-less column; the widget at index `stretch` takes the spare height."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        column.addWidget(widget, 1 if n == stretch else 0)
    return box


def _splitter(orientation: Qt.Orientation, *widgets: QWidget) -> QSplitter:
    """A splitter whose handles can be seen and grabbed."""
    splitter = QSplitter(orientation)
    splitter.setHandleWidth(6)
    splitter.setChildrenCollapsible(False)
    splitter.setStyleSheet(HANDLE_STYLE)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setCollapsible(0, orientation == Qt.Orientation.Horizontal)
    return splitter
