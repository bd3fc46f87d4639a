"""Finding the line of a question or field in a TOML file, for error messages.

tomllib gives values without positions, so we look for `[[questions]]` headers and `key =`
lines in the raw text: question n is the n-th header, a field is the first `key =` after it.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*questions[ \t]*\]\]", re.MULTILINE)


class LineIndex:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._starts = [text.count("\n", 0, m.start()) for m in _HEADER.finditer(text)]

    def question(self, index: int) -> int | None:
        """1-based line of the index-th `[[questions]]` header."""
        if 0 <= index < len(self._starts):
            return self._starts[index] + 1
        return None

    def field(self, index: int | None, name: str) -> int | None:
        """1-based line of `name = ...` in the index-th question (or at top level if None)."""
        if index is None:
            begin, end = 0, self._starts[0] if self._starts else len(self._lines)
        elif 0 <= index < len(self._starts):
            begin = self._starts[index]
            end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._lines)
        else:
            return None
        key = re.compile(rf"^\s*(?:{re.escape(name)}|\"{re.escape(name)}\")\s*=")
        for n in range(begin, end):
            if key.match(self._lines[n]):
                return n + 1
        return self.question(index) if index is not None else None
