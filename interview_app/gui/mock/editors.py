"""Answer editors for the exam: they take an answer and give it back, and show no feedback."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QVBoxLayout, QWidget

from interview_app.core.practice import option_order
from interview_app.gui.widgets import AnswerBox, OptionRow, heading, option_keys, option_keys_hint


class ExamEditor(QWidget):
    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextEditor(ExamEditor):
    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.box = AnswerBox()
        self.box.setPlaceholderText(placeholder)
        self.box.textChanged.connect(self.changed)
        QVBoxLayout(self).addWidget(self.box)

    def value(self) -> Any:
        return self.box.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.box.setPlainText(value or "")


class LineEditor(ExamEditor):
    def __init__(self, hint: str, preview: Any = None) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.line.setPlaceholderText(hint)
        self.line.setMaxLength(400)
        self.line.textChanged.connect(self.changed)
        self.note = QLabel()
        self.note.setObjectName("hintText")
        self.note.setTextFormat(Qt.TextFormat.RichText)  # the maths preview is HTML
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.note)
        layout.addStretch(1)
        if preview is not None:
            self.line.textChanged.connect(lambda text: preview(text, self.note.setText))

    def value(self) -> Any:
        return self.line.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.line.setText(value or "")


class ChoiceEditor(ExamEditor):
    def __init__(self, options: tuple[str, ...], order: list[int], multiple: bool) -> None:
        super().__init__()
        self.order = order
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        layout = QVBoxLayout(self)
        what = "Select all that apply." if multiple else "Select one answer."
        layout.addWidget(QLabel(f"{what} {option_keys_hint(len(order))}"))
        self.rows = []
        for n, index in enumerate(order):
            row = OptionRow(f"**{chr(65 + n)}.** {options[index]}", multiple)
            self.group.addButton(row.button)
            row.toggled.connect(lambda _=False: self.changed.emit())
            layout.addWidget(row)
            self.rows.append(row)
        layout.addStretch(1)
        self._keys = option_keys(self, self.pick)

    def pick(self, shown: int) -> None:
        """Tick (or, for several answers, toggle) the option shown at `shown`, from 0."""
        if 0 <= shown < len(self.rows):
            self.rows[shown].button.click()

    def value(self) -> Any:
        chosen = sorted(self.order[n] for n, row in enumerate(self.rows) if row.button.isChecked())
        return chosen or None

    def set_value(self, value: Any) -> None:
        for n, index in enumerate(self.order):
            self.rows[n].button.setChecked(index in (value or []))


class CodeAnswer(ExamEditor):
    def __init__(self, starter: str) -> None:
        # Imported here: only interviews with code need the editor, and start-up should not pay.
        from interview_app.gui.code_editor import CodeEditor

        super().__init__()
        self.starter = starter
        self.editor = CodeEditor()
        self.editor.setPlainText(starter)
        self.editor.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Graded when the interview ends; no feedback until then."))
        layout.addWidget(self.editor)

    def value(self) -> Any:
        text = self.editor.toPlainText()
        return text if text.strip() and text != self.starter else None

    def set_value(self, value: Any) -> None:
        self.editor.setPlainText(value or self.starter)


class DesignEditor(ExamEditor):
    def __init__(self, sections: tuple[str, ...]) -> None:
        super().__init__()
        self.boxes: dict[str, AnswerBox] = {}
        layout = QVBoxLayout(self)
        for title in sections:
            layout.addWidget(heading(title))
            box = AnswerBox()
            box.setPlaceholderText("Notes as you would say or sketch them…")
            box.textChanged.connect(self.changed)
            layout.addWidget(box, 1)
            self.boxes[title] = box

    def value(self) -> Any:
        parts = {title: box.toPlainText() for title, box in self.boxes.items()}
        return parts if any(v.strip() for v in parts.values()) else None

    def set_value(self, value: Any) -> None:
        for title, box in self.boxes.items():
            box.setPlainText((value or {}).get(title, ""))


def make_editor(
    kind: str,
    found: Any,
    rng: random.Random,
    math_preview: Callable[[Any], Any],
    order: list[int] | None = None,
) -> ExamEditor:
    """The exam editor for one item (a bank question or, for code, an exercise); a choice item
    shows its options in `order` when given (a resumed session keeps the order it had)."""
    if kind == "choice":
        valid = order is not None and sorted(order) == list(range(len(found.options)))
        shown = list(order) if valid else option_order(found, rng)
        return ChoiceEditor(found.options, shown, found.multiple)
    if kind == "numeric":
        return LineEditor(f"a number{f' in {found.unit}' if found.unit else ''}")
    if kind == "math":
        return LineEditor("an expression, e.g. 2x e^(x^2)", preview=math_preview(found))
    if kind == "code":
        return CodeAnswer(found.starter)
    if kind == "design":
        return DesignEditor(found.sections)
    return TextEditor("Answer as you would out loud.")
