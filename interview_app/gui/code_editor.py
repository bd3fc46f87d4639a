"""A small code editor for Python or SQL: line numbers, syntax colours, auto-indent, four-space tabs."""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

INDENT = " " * 4


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, builtins, numbers, decorators, strings (triple-quoted across lines) and comments."""

    RULES = (
        (re.compile(r"\b(?:" + "|".join(keyword.kwlist + keyword.softkwlist) + r")\b"), _format("#7048e8", bold=True)),
        (re.compile(r"\b(?:self|cls|None|True|False|print|len|range|enumerate|zip|min|max|sum|abs|sorted|list|dict|set|tuple|int|float|str|bool)\b"), _format("#1c7ed6")),
        (re.compile(r"\b(?:np|numpy)\b"), _format("#0b7285")),
        (re.compile(r"\b\d+(?:\.\d*)?(?:e[+-]?\d+)?\b|\b\.\d+\b", re.IGNORECASE), _format("#d9480f")),
        (re.compile(r"^\s*@\w+(?:\.\w+)*"), _format("#c2255c")),
        (re.compile(r"\bdef\s+(\w+)|\bclass\s+(\w+)"), _format("#2b8a3e", bold=True)),
    )  # fmt: skip
    STRING = _format("#2f9e44")
    COMMENT = _format("#868e96", italic=True)
    _SIMPLE = re.compile(r"""[rbfuRBFU]{0,2}("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|#.*$""")
    _TRIPLES = ('"""', "'''")

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.RULES:
            for match in pattern.finditer(text):
                group = next((g for g in range(1, (match.lastindex or 0) + 1) if match.group(g)), 0)
                start, end = match.span(group)
                self.setFormat(start, end - start, fmt)
        for match in self._SIMPLE.finditer(text):
            fmt = self.COMMENT if match.group(0).startswith("#") else self.STRING
            self.setFormat(match.start(), match.end() - match.start(), fmt)
        self._triple_quoted(text)

    def _triple_quoted(self, text: str) -> None:
        """Block state n > 0: inside the n-th kind of triple-quoted string from an earlier line."""
        self.setCurrentBlockState(0)
        start, state = 0, self.previousBlockState()
        while True:
            if state > 0:
                quote = self._TRIPLES[state - 1]
                end = text.find(quote, start)
                if end < 0:
                    self.setFormat(start, len(text) - start, self.STRING)
                    self.setCurrentBlockState(state)
                    return
                self.setFormat(start, end + 3 - start, self.STRING)
                start, state = end + 3, 0
            found = [(text.find(q, start), n + 1) for n, q in enumerate(self._TRIPLES)]
            found = [(pos, n) for pos, n in found if pos >= 0 and "#" not in text[:pos]]
            if not found:
                return
            pos, state = min(found)
            self.setFormat(pos, 3, self.STRING)
            start = pos + 3


def _words(text: str) -> list[str]:
    return text.split()


SQL_KEYWORDS = _words(
    "select distinct from where group by having order asc desc nulls first last limit offset "
    "join inner left right full outer cross on using natural as and or not in is null like ilike "
    "between exists case when then else end union all intersect except with recursive over "
    "partition rows range preceding following unbounded current row window filter qualify "
    "insert into values update set delete create table view drop cast true false interval "
    "lateral any some"
)
SQL_FUNCTIONS = _words(
    "count sum avg min max coalesce nullif round floor ceil abs length lower upper trim substr "
    "substring concat extract date_trunc date_diff strftime row_number rank dense_rank ntile "
    "lag lead first_value last_value nth_value percent_rank cume_dist greatest least median "
    "string_agg list"
)


class SqlHighlighter(QSyntaxHighlighter):
    """Keywords and functions (any case), numbers, 'strings', "identifiers", -- and /* */ comments."""

    RULES = (
        (re.compile(r"\b(?:" + "|".join(SQL_KEYWORDS) + r")\b", re.IGNORECASE), _format("#7048e8", bold=True)),
        (re.compile(r"\b(?:" + "|".join(SQL_FUNCTIONS) + r")(?=\s*\()", re.IGNORECASE), _format("#1c7ed6")),
        (re.compile(r"\b\d+(?:\.\d*)?(?:e[+-]?\d+)?\b|\B\.\d+\b", re.IGNORECASE), _format("#d9480f")),
        (re.compile(r'"(?:[^"]|"")*"'), _format("#0b7285")),
    )  # fmt: skip
    STRING = _format("#2f9e44")
    COMMENT = _format("#868e96", italic=True)
    _TOKENS = re.compile(r"'(?:[^']|'')*'?|--.*$|/\*")

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self.RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        self.setCurrentBlockState(0)
        start = 0
        if self.previousBlockState() == 1:  # inside a /* comment from an earlier line
            start = self._close_comment(text, 0)
        while 0 <= start < len(text):
            match = self._TOKENS.search(text, start)
            if match is None:
                return
            if match.group(0) == "/*":
                start = self._close_comment(text, match.start())
                continue
            fmt = self.COMMENT if match.group(0).startswith("--") else self.STRING
            self.setFormat(match.start(), match.end() - match.start(), fmt)
            start = match.end()

    def _close_comment(self, text: str, begin: int) -> int:
        """Colour a block comment from `begin`; where to go on, or -1 if it runs past the line."""
        end = text.find("*/", begin + 2 if text.startswith("/*", begin) else begin)
        if end < 0:
            self.setFormat(begin, len(text) - begin, self.COMMENT)
            self.setCurrentBlockState(1)
            return -1
        self.setFormat(begin, end + 2 - begin, self.COMMENT)
        return end + 2


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.language = "python"
        self.highlighter: QSyntaxHighlighter = PythonHighlighter(self.document())
        self.gutter = _LineNumbers(self)
        self.blockCountChanged.connect(
            lambda _: self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        )
        self.updateRequest.connect(self._scroll_gutter)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def set_language(self, language: str) -> None:
        """Colour the text as "python" or "sql"."""
        if language == self.language:
            return
        self.highlighter.setDocument(None)
        highlighter = SqlHighlighter if language == "sql" else PythonHighlighter
        self.highlighter, self.language = highlighter(self.document()), language

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), QColor("#f1f3f5"))
        painter.setPen(QColor("#868e96"))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, self.gutter.width() - 6, height, Qt.AlignmentFlag.AlignRight,
                                 str(block.blockNumber() + 1))  # fmt: skip
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        cursor = self.textCursor()
        if key == Qt.Key.Key_Tab and not mods and not cursor.hasSelection():
            column = cursor.positionInBlock()
            cursor.insertText(" " * (4 - column % 4))
            return
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and cursor.hasSelection()):
            self._shift_lines(-1 if key == Qt.Key.Key_Backtab else 1)
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not mods & Qt.KeyboardModifier.ControlModifier
        ):
            line = cursor.block().text()[: cursor.positionInBlock()]
            indent = line[: len(line) - len(line.lstrip(" "))]
            if line.rstrip().endswith(":"):
                indent += INDENT
            cursor.insertText("\n" + indent)
            self.ensureCursorVisible()
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection():
            before = cursor.block().text()[: cursor.positionInBlock()]
            if before and not before.strip(" ") and len(before) % 4 == 0:
                for _ in range(4):
                    cursor.deletePreviousChar()
                return
        super().keyPressEvent(event)

    def _shift_lines(self, direction: int) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(max(cursor.selectionStart(), cursor.selectionEnd() - 1)).blockNumber()
        cursor.beginEditBlock()
        for number in range(first, last + 1):
            block = doc.findBlockByNumber(number)
            edit = self.textCursor()
            edit.setPosition(block.position())
            if direction > 0:
                edit.insertText(INDENT)
            else:
                spaces = len(block.text()) - len(block.text().lstrip(" "))
                for _ in range(min(4, spaces)):
                    edit.deleteChar()
        cursor.endEditBlock()
