"""The main window: navigation on the left, pages on the right, notices on top."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_app.core.practice import plural, warm_up
from interview_app.gui.context import AppContext
from interview_app.gui.history_page import HistoryPage
from interview_app.gui.practice_page import PracticePage
from interview_app.gui.welcome import Welcome

WARM_UP_DELAY_MS = 1500
WELCOME_KEY = "welcome/shown"  # after the first questions are up, while the user reads


def _truthy(value: object) -> bool:
    # INI settings come back as strings.
    return value is True or str(value).lower() in ("true", "1")


def on_screen(frame: QRect, screens: list[QRect]) -> QRect:
    """The window's frame, kept where it was if enough of it shows on a screen, else moved (and
    shrunk if need be) onto the screen it overlaps most, or the first: a monitor unplugged since
    the last start must not leave the window out of reach."""
    if not screens:
        return frame
    best = max(screens, key=lambda s: _area(s.intersected(frame)))
    visible = best.intersected(frame)
    # The title bar must be on the screen and at least half the window seen.
    title_bar_shown = best.top() <= frame.top() <= best.bottom() - 40
    if title_bar_shown and _area(visible) >= 0.5 * _area(frame):
        return frame
    if _area(visible) == 0:
        best = screens[0]
    size = frame.size().boundedTo(best.size())
    moved = QRect(frame.topLeft(), size)
    x = min(max(moved.left(), best.left()), best.right() - size.width() + 1)
    y = min(max(moved.top(), best.top()), best.bottom() - size.height() + 1)
    moved.moveTo(x, y)
    return moved


def _area(rect: QRect) -> int:
    return max(0, rect.width()) * max(0, rect.height()) if rect.isValid() else 0


class Notice(QWidget):
    """A dismissable banner for things the user must know (skipped questions, unsaved progress)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.details_button = QPushButton("Details")
        self.close_button = QPushButton("Dismiss")
        self.close_button.clicked.connect(self.hide)
        self.details_button.clicked.connect(self._show_details)
        self._details = ""
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        self.hide()

    def show_notice(self, level: str, text: str, details: str = "") -> None:
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self._details = details
        self.details_button.setVisible(bool(details))
        self.show()

    def _show_details(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Details", self.text.text(), parent=self)
        box.setDetailedText(self._details)
        box.open()


class LazyPage(QWidget):
    """Builds its page the first time it is shown, keeping the window's start fast."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            self.page = self._build()
            self._layout.addWidget(self.page)
        return self.page

    def showEvent(self, event: Any) -> None:
        # Built on the next turn of the event loop: the switch to the (empty) page is drawn
        # first, so the two pauses come one after the other instead of together.
        QTimer.singleShot(0, self, self.ensure)
        super().showEvent(event)


def _coding_page(ctx: AppContext) -> QWidget:
    from interview_app.gui.coding_page import CodingPage

    return CodingPage(ctx)


def _mock_page(ctx: AppContext) -> QWidget:
    from interview_app.gui.mock.mock_page import MockPage

    return MockPage(ctx)


def _import_lazy_pages() -> None:
    """Import the review and progress pages' modules (QtCharts included) on a worker thread, so
    that opening those pages later only builds widgets."""
    import interview_app.gui.dashboard.dashboard_page
    import interview_app.gui.review.page  # noqa: F401


def _review_page(ctx: AppContext) -> QWidget:
    from interview_app.gui.review_page import ReviewPage

    return ReviewPage(ctx)


def _dashboard_page(ctx: AppContext) -> QWidget:
    from interview_app.gui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(ctx)


class MainWindow(QMainWindow):
    PAGES = ("Practice", "Review", "Mock interview", "Coding", "Progress", "History")

    def __init__(self, ctx: AppContext, settings: QSettings, welcome: bool = False) -> None:
        """`welcome`: offer the first start's welcome if it has not been shown before."""
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle("Interview practice")
        self.setMinimumSize(760, 520)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.addItems(self.PAGES)
        self.nav.setFixedWidth(170)
        self.practice = PracticePage(ctx)
        self.review_slot = LazyPage(lambda: self._connect(_review_page(ctx)))
        self.mock_slot = LazyPage(lambda: self._watch_mock(_mock_page(ctx)))
        self.coding_slot = LazyPage(lambda: _coding_page(ctx))
        self.dashboard_slot = LazyPage(lambda: self._connect(_dashboard_page(ctx)))
        self.history = HistoryPage(ctx)
        self.pages = QStackedWidget()
        for page in (self.practice, self.review_slot, self.mock_slot, self.coding_slot,
                     self.dashboard_slot, self.history):  # fmt: skip
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.notices: list[Notice] = []
        self.notice_column = QVBoxLayout()
        self.notice_column.setContentsMargins(0, 0, 0, 0)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.welcome: Welcome | None = None
        if welcome and not _truthy(settings.value(WELCOME_KEY, False)):
            self.welcome = Welcome()
            self.welcome.step_chosen.connect(self.first_step)
            self.welcome.warm_up.setEnabled(False)  # until the questions are loaded
            right.addWidget(self.welcome)
            settings.setValue(WELCOME_KEY, True)  # shown once, whatever is chosen
        right.addLayout(self.notice_column)
        right.addWidget(self.pages, 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.statusBar().showMessage("Loading…")

        ctx.ready.connect(self._on_ready)
        ctx.store_error.connect(lambda text: self.notify("error", text))
        self._restore_geometry()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self.PAGES.index(name))

    @property
    def review(self) -> Any:
        """The review page (built on first use)."""
        return self.review_slot.ensure()

    @property
    def dashboard(self) -> Any:
        """The progress dashboard (built on first use)."""
        return self.dashboard_slot.ensure()

    def _connect(self, page: QWidget) -> QWidget:
        page.practise_requested.connect(self.practise)  # type: ignore[attr-defined]
        return page

    def practise(self, item_ids: list[str], mode: str) -> None:
        """Work through these items: questions on the practice page, an exercise on the coding page."""
        bank = self.ctx.bank
        questions = [i for i in item_ids if bank is not None and i in bank.questions]
        exercises = [i for i in item_ids if bank is None or i not in bank.questions]
        if questions and self.practice.start_items(questions, mode):
            self.show_page("Practice")
            if exercises:
                self.statusBar().showMessage(
                    f"{len(exercises)} coding exercise(s) also waiting: open them from Review.",
                    8000,
                )
        elif exercises:
            self.show_page("Coding")
            self.coding.open_exercise(exercises[0])

    def first_step(self, step: str) -> None:
        """The welcome's first steps: a short warm-up, a mock interview, or choosing topics."""
        if step == "warm-up" and self.ctx.bank is not None:
            chosen = warm_up(list(self.ctx.bank.questions.values()), self.ctx.rng)
            if chosen and self.practice.start_items([q.id for q in chosen], "warm-up"):
                self.show_page("Practice")
                return
        if step == "mock":
            self.show_page("Mock interview")
            return
        self.show_page("Practice")
        self.practice.setup.topics.setFocus()

    def _watch_mock(self, page: QWidget) -> QWidget:
        page.interview_changed.connect(self.interview_running)  # type: ignore[attr-defined]
        return page

    def interview_running(self, text: str) -> None:
        """While an interview runs ("" when none): pages with feedback locked, time left shown."""
        for name in ("Practice", "Review", "Coding", "History"):
            item = self.nav.item(self.PAGES.index(name))
            enabled = item.flags() | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(enabled & ~Qt.ItemFlag.ItemIsEnabled if text else enabled)
            item.setToolTip("Locked until the interview ends" if text else "")
        if not hasattr(self, "interview_label"):
            self.interview_label = QLabel()
            self.interview_label.setObjectName("interviewRunning")
            self.statusBar().addPermanentWidget(self.interview_label)
        self.interview_label.setText(text)
        self.interview_label.setVisible(bool(text))

    @property
    def mock(self) -> Any:
        """The mock-interview page (built on first use)."""
        return self.mock_slot.ensure()

    @property
    def coding(self) -> Any:
        """The coding page (built on first use)."""
        return self.coding_slot.ensure()

    def notify(self, level: str, text: str, details: str = "") -> Notice:
        notice = Notice()
        notice.show_notice(level, text, details)
        self.notice_column.addWidget(notice)
        self.notices.append(notice)
        return notice

    def _on_ready(self) -> None:
        bank, opened = self.ctx.bank, self.ctx.open_result
        assert bank is not None and opened is not None
        if bank.problems:
            skipped = len({(p.path, p.question_id) for p in bank.problems if p.question_id})
            files = len({p.path for p in bank.problems if not p.question_id})
            parts = [f"{n} {what}{'s' if n != 1 else ''}" for n, what in
                     ((skipped, "question"), (files, "file")) if n]  # fmt: skip
            self.notify(
                "warning",
                f"Some question files have problems: {' and '.join(parts)} skipped, "
                f"{plural(len(bank.questions), 'question')} loaded.",
                "\n".join(str(p) for p in bank.problems),
            )
        if opened.message and opened.status.value != "created":
            self.notify("info" if opened.status.saving else "error", opened.message)
        # An interview interrupted by a crash: open its page, which offers to resume it.
        self.ctx.read(lambda store: store.unfinished_mock() is not None,
                      lambda interrupted: interrupted and self.show_page("Mock interview"))  # fmt: skip
        if self.welcome is not None:
            self.welcome.warm_up.setEnabled(bool(bank.questions))
        QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: self.ctx.runner.run(_import_lazy_pages))
        where = str(opened.path) if opened.status.saving else "not saving"
        self.statusBar().showMessage(
            f"{plural(len(bank.questions), 'question')} · progress: {where}"
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
            placed = on_screen(self.frameGeometry(), screens)
            if placed != self.frameGeometry():
                self.setWindowState(Qt.WindowState.WindowNoState)
                self.resize(placed.size() - (self.frameGeometry().size() - self.size()))
                self.move(placed.topLeft())
        else:
            self.resize(1100, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.practice.end_session()
        if self.mock_slot.page is not None:
            self.mock.save()
        if self.coding_slot.page is not None:
            self.coding.save_draft()
        self.ctx.shutdown()
        super().closeEvent(event)
