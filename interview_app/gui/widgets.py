"""Small reusable widgets: Markdown view, verdict banner, word-wrapping option rows; a reloader."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTextBrowser,
    QWidget,
)


class MarkdownView(QTextBrowser):
    """Read-only Markdown; fenced code renders in the system's fixed-width font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # offline app: links are shown, not followed
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(10)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.document().setDefaultStyleSheet(
            f"pre, code {{ font-family: '{mono.family()}'; background: #f1f3f5; }}"
        )

    def set_markdown(self, text: str) -> None:
        self.setMarkdown(text)
        self.verticalScrollBar().setValue(0)


class AnswerBox(QPlainTextEdit):
    """A multi-line answer box: Tab moves to the next box, Ctrl+Tab types a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setToolTip("Tab: next box  ·  Ctrl+Tab: type a tab")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)


OPTION_KEYS = "123456789"
OPTION_LETTERS = "ABCDE"


def option_keys(widget: QWidget, pick: Callable[[int], None]) -> list[QShortcut]:
    """Keys 1-9 and A-E pick the n-th shown option while `widget` is on screen.

    Text boxes take these keys first (they are typed text), so the keys only pick options when
    the focus is elsewhere."""
    shortcuts = []
    for keys in (OPTION_KEYS, OPTION_LETTERS):
        for n, key in enumerate(keys):
            shortcut = QShortcut(QKeySequence(key), widget)
            shortcut.activated.connect(lambda n=n: widget.isVisible() and pick(n))
            shortcuts.append(shortcut)
    return shortcuts


def option_keys_hint(count: int) -> str:
    """What to press for `count` options: "1-4 or A-D"."""
    if count <= 0:
        return ""
    letters = f" or A-{OPTION_LETTERS[count - 1]}" if count <= len(OPTION_LETTERS) else ""
    return f"Keys 1-{min(count, 9)}{letters} pick an option."


def shortcut_button(text: str, keys: str, parent: QWidget | None = None) -> QPushButton:
    """A button whose label and tooltip both name its shortcut: "Reveal  (Ctrl+Enter)"."""
    button = QPushButton(f"{text}  ({keys})", parent)
    button.setToolTip(f"{text} ({keys})")
    return button


class VerdictBanner(QLabel):
    """A coloured one-line verdict; the colour comes from the `verdict` property in the QSS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setWordWrap(True)
        self.hide()

    def show_verdict(self, verdict: str, text: str) -> None:
        self.setProperty("verdict", verdict)
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


class OptionRow(QFrame):
    """A radio button or check box with a word-wrapped Markdown label; the label is clickable."""

    toggled = Signal(bool)

    def __init__(self, text: str, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionRow")
        self.button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.MarkdownText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.mark = QLabel()
        self.mark.setObjectName("optionMark")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.button.toggled.connect(self.toggled)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.button.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.button.click()
        super().mousePressEvent(event)

    def set_state(self, state: str, mark: str) -> None:
        """Show the graded state: correct, wrong, missed or plain."""
        self.setProperty("state", state)
        self.mark.setText(mark)
        self.style().unpolish(self)
        self.style().polish(self)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    return label


class ReloadOnChange(QObject):
    """Keeps a page's figures current without wasted work: a change reloads a shown page once the
    burst of writes is over, and only marks a hidden one, which reloads when it is next shown."""

    def __init__(self, page: QWidget, reload: Callable[[], None], delay_ms: int) -> None:
        super().__init__(page)
        self._page, self._reload = page, reload
        self.stale = True
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._due)
        page.installEventFilter(self)

    def changed(self) -> None:
        self.stale = True
        if self._page.isVisible():
            self._timer.start()

    def soon(self) -> None:
        """Reload after the delay (the page itself just wrote something)."""
        self._timer.start()

    def reloading(self) -> None:
        """The page has started a reload: nothing is pending any more."""
        self.stale = False
        self._timer.stop()

    def _due(self) -> None:
        if self._page.isVisible():
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self._reload()
        return False
