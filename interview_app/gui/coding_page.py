"""The coding page: pick an exercise, write the function, Run the examples or Submit to the judge.

Grading runs on a worker thread through the task runner; the judge's per-test progress
arrives by signal. Drafts are saved as the user types; every submission is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interview_app.gui.code_editor import CodeEditor
from interview_app.gui.context import AppContext
from interview_app.gui.results_view import ResultsView
from interview_app.gui.widgets import MarkdownView

if TYPE_CHECKING:
    from interview_app.core.judge.exercises import Exercise
    from interview_app.core.judge.verdicts import GradeResult
    from interview_app.core.store import Store

DRAFT_DELAY_MS = 700
ALL = "all"


class _Progress(QObject):
    """Carries the judge's progress from its thread to the GUI thread."""

    changed = Signal(int, int)


def _load_judge(ctx: AppContext) -> tuple[dict[str, Exercise], list[str], Any]:
    """Off the GUI thread: read the exercises and start the judge's first worker."""
    from interview_app.core.judge.exercises import load_exercises
    from interview_app.core.judge.grader import Judge

    exercises, problems = load_exercises()
    judge = Judge()
    ctx.adopt_judge(judge)  # now, not in the callback: the app may close before that runs
    judge.prepare()
    return exercises, problems, judge


class ExerciseList(QWidget):
    """Filters and the list; emits the chosen exercise id."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercises: dict[str, Exercise] = {}
        self._topics: dict[str, str] = {}
        self.solved: set[str] = set()
        title = QLabel("Coding")
        title.setObjectName("pageTitle")
        self.topic = QComboBox()
        self.difficulty = QComboBox()
        self.difficulty.addItem("Any difficulty", ALL)
        for level in ("easy", "medium", "hard"):
            self.difficulty.addItem(level.capitalize(), level)
        self.status = QComboBox()
        for label, value in (
            ("Solved or not", ALL),
            ("Unsolved", "unsolved"),
            ("Solved", "solved"),
        ):
            self.status.addItem(label, value)
        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel()
        self.count.setObjectName("hintText")
        for combo in (self.topic, self.difficulty, self.status):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.topic)
        layout.addWidget(self.difficulty)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)

    def set_exercises(self, exercises: dict[str, Exercise], topic_titles: dict[str, str]) -> None:
        self._exercises, self._topics = exercises, topic_titles
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem("All topics", ALL)
        for topic in sorted(
            {e.topic for e in exercises.values()}, key=lambda t: topic_titles.get(t, t)
        ):
            self.topic.addItem(topic_titles.get(topic, topic), topic)
        self.topic.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        topic, level, status = (c.currentData() for c in (self.topic, self.difficulty, self.status))
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in sorted(
            self._exercises.values(), key=lambda e: (e.topic != "algorithms", e.title)
        ):
            solved = exercise.id in self.solved
            if topic not in (ALL, exercise.topic) or level not in (ALL, exercise.difficulty.value):
                continue
            if (status == "solved" and not solved) or (status == "unsolved" and solved):
                continue
            mark = "✓ " if solved else "    "
            item = QListWidgetItem(f"{mark}{exercise.title}")
            item.setToolTip(
                f"{exercise.difficulty.value} · {self._topics.get(exercise.topic, exercise.topic)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            self.list.addItem(item)
            if exercise.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.count.setText(
            f"{self.list.count()} of {len(self._exercises)} exercises, {len(self.solved)} solved"
        )

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, exercise_id: str) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) == exercise_id:
                self.list.setCurrentRow(n)
                return

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


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

        self.picker = ExerciseList()
        self.picker.setFixedWidth(250)
        self.picker.chosen.connect(self.open_exercise)
        self.title = QLabel("Loading exercises…")
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.prompt = MarkdownView()
        self.editor = CodeEditor()
        self.editor.textChanged.connect(self._edited)
        self.results = ResultsView()
        self.status = QLabel()
        self.status.setObjectName("hintText")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Replace your code with the starter code")
        self.run_button = QPushButton("Run  (Ctrl+')")
        self.run_button.setToolTip("Run the examples from the prompt (not recorded)")
        self.submit_button = QPushButton("Submit  (Ctrl+Enter)")
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.submit_button)
        prompt_box = QWidget()
        prompt_col = QVBoxLayout(prompt_box)
        prompt_col.setContentsMargins(0, 0, 0, 0)
        prompt_col.addWidget(self.title)
        prompt_col.addWidget(self.prompt, 1)
        work = QSplitter(Qt.Orientation.Horizontal)
        work.addWidget(prompt_box)
        work.addWidget(self.editor)
        work.setStretchFactor(0, 2)
        work.setStretchFactor(1, 3)
        self.work = work
        top = QWidget()
        top_col = QVBoxLayout(top)
        top_col.setContentsMargins(0, 0, 0, 0)
        top_col.addWidget(work, 1)
        top_col.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(top)
        self.split.addWidget(self.results)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.split, 1)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            QTimer.singleShot(0, self._size_panes)
        if self.ctx.is_ready:
            self._start_loading()  # the judge starts when the page is first opened

    def _size_panes(self) -> None:
        total = max(self.work.width(), 600)
        self.work.setSizes([total * 2 // 5, total * 3 // 5])  # the editor gets the larger share

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
        self.picker.solved = solved
        self.picker.refresh()
        wanted, self._wanted = self._wanted, None
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
        self.prompt.set_markdown(exercise.prompt + f"\n\n---\n\n**Hint:** {exercise.hint}")
        self.results.clear()
        self.status.clear()
        self.editor.setReadOnly(True)
        self.ctx.read(
            lambda store: store.draft(exercise_id),
            lambda draft: self._draft_loaded(exercise_id, draft),
        )

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
        exercise_id, source, now = self.exercise.id, self.editor.toPlainText(), self.ctx.now()
        self.ctx.write(lambda store: store.save_draft(exercise_id, source, now))

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
            lambda: judge.grade(exercise, source, visible_only=run_only, on_progress=progress),
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
        self.results.show_result(result, run_only)
        self.status.setText("")
        if not run_only:
            self._record(exercise, source, result)
        self.graded.emit(result)

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
