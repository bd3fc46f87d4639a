"""The question bank: TOML files validated against a schema at load.

The loader (tomllib, the schema) is imported on first use, so that code needing only the
question classes, like the window at start-up, does not pay for it.
"""

from typing import TYPE_CHECKING, Any

from interview_app.core.bank.model import (
    ChoiceQuestion,
    ConceptQuestion,
    DesignQuestion,
    MathQuestion,
    NumericQuestion,
    Question,
    Topic,
)

if TYPE_CHECKING:
    from interview_app.core.bank.loader import Bank, BankProblem, load_bank, load_default_bank

_LOADER_NAMES = {"Bank", "BankProblem", "load_bank", "load_default_bank"}


def __getattr__(name: str) -> Any:
    if name in _LOADER_NAMES:
        from interview_app.core.bank import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Bank",
    "BankProblem",
    "ChoiceQuestion",
    "ConceptQuestion",
    "DesignQuestion",
    "MathQuestion",
    "NumericQuestion",
    "Question",
    "Topic",
    "load_bank",
    "load_default_bank",
]
