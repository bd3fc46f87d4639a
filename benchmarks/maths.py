"""Maths checker benchmark over every maths question's accepted and rejected forms.

Prints the check time (median and 95th percentile, warm checker process, worst case), the share
of checks that end "undetermined", and the parse-and-preview time per keystroke (every prefix of
every accepted form, as typed), each beside its goal.

    python3 benchmarks/maths.py
"""

from __future__ import annotations

import contextlib
import statistics
import time

from interview_app.core.bank import MathQuestion, load_default_bank
from interview_app.core.maths.client import MathChecker
from interview_app.core.maths.display import as_html
from interview_app.core.maths.lexer import MathSyntaxError
from interview_app.core.maths.parser import make_symbols, parse


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    questions = [q for q in load_default_bank().questions.values() if isinstance(q, MathQuestion)]
    checker = MathChecker()
    checker.prepare()
    checker.check(questions[0].spec(), questions[0].expected)  # warm: imports and caches
    checks, previews, undetermined = [], [], 0
    try:
        for question in questions:
            spec = question.spec()
            symbols = make_symbols(question.variables, question.positive)
            for text in (
                question.expected,
                *question.accept,
                *(m.answer for m in question.mistakes),
            ):
                started = time.perf_counter()
                undetermined += checker.check(spec, text)["verdict"] == "undetermined"
                checks.append((time.perf_counter() - started) * 1000)
            for text in question.accept:
                for end in range(1, len(text) + 1):
                    started = time.perf_counter()
                    with contextlib.suppress(MathSyntaxError):
                        parsed = parse(text[:end], symbols)
                        as_html(parsed.tree, parsed.numbers)
                    previews.append((time.perf_counter() - started) * 1000)
    finally:
        checker.close()
    print(f"{len(questions)} maths questions, {len(checks)} checks, {len(previews)} keystrokes")
    print(f"check (warm process)   median {statistics.median(checks):7.1f} ms   p95 {percentile(checks, 0.95):7.1f} ms"
          f"   worst {max(checks):7.1f} ms   goal p95 < 300 ms: {'met' if percentile(checks, 0.95) < 300 else 'NOT met'}")  # fmt: skip
    share = undetermined / len(checks)
    print(f"undetermined           {undetermined} of {len(checks)} ({share:.2%})"
          f"   goal < 1%: {'met' if share < 0.01 else 'NOT met'}")  # fmt: skip
    print(f"preview per keystroke  median {statistics.median(previews):7.2f} ms   p95 {percentile(previews, 0.95):7.2f} ms"
          f"   worst {max(previews):7.2f} ms   goal < 20 ms: {'met' if percentile(previews, 0.95) < 20 else 'NOT met'}")  # fmt: skip


if __name__ == "__main__":
    main()
