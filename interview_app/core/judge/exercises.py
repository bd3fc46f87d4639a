"""Exercises as folders of data (see exercises/README.md), loaded and validated."""

from __future__ import annotations

import ast
import importlib.util
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from interview_app.core.judge.checkers import CHECKER_KINDS, Checker, build_checker
from interview_app.core.paths import shipped_dir
from interview_app.core.vocab import Difficulty

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FUNCTION_PATTERN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DEFAULT_TIME_LIMIT_MS = 2000
DEFAULT_MEMORY_LIMIT_MB = 384  # enough for any exercise; a hog hits it well inside the wall clock
SUFFIXES = {"python": ".py", "sql": ".sql"}
FIELDS = {
    "id", "title", "topic", "difficulty", "function", "tags", "hint",
    "time_limit_ms", "memory_limit_mb", "checker", "inputs_may_change", "kind", "ordered",
    "runner", "complexity", "scaling", "picture",
}  # fmt: skip
PYTHON_RUNNERS = ("function", "calls")  # a function called per test, or a class's method calls


def required_files(kind: str) -> tuple[str, ...]:
    suffix = SUFFIXES[kind]
    return ("exercise.toml", "prompt.md", f"starter{suffix}", f"reference{suffix}", "cases.py")


class ExerciseError(ValueError):
    """An exercise folder is malformed; the message names the file and field."""


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    topic: str
    difficulty: Difficulty
    function: str
    tags: tuple[str, ...]
    hint: str
    time_limit_ms: int
    memory_limit_mb: int
    checker_spec: dict[str, Any]
    folder: Path = field(compare=False)
    inputs_may_change: bool = False
    kind: str = "python"  # "python" (a function) or "sql" (one query)
    ordered: bool = False  # SQL: whether the rows must come in the order the prompt asks
    runner: str = "function"  # how a test runs the solution: see judge/runners.py
    complexity: str = ""  # the expected time complexity, where a large hidden case tests it

    @property
    def suffix(self) -> str:
        """The solution files' extension: `.py` or `.sql`."""
        return SUFFIXES[self.kind]

    @property
    def prompt(self) -> str:
        return (self.folder / "prompt.md").read_text(encoding="utf-8")

    @property
    def starter(self) -> str:
        return (self.folder / f"starter{self.suffix}").read_text(encoding="utf-8")

    @property
    def reference_source(self) -> str:
        return (self.folder / f"reference{self.suffix}").read_text(encoding="utf-8")

    def wrong_solutions(self) -> list[Path]:
        return sorted((self.folder / "wrong").glob(f"*{self.suffix}"))

    def slow_solutions(self) -> list[Path]:
        """Correct solutions that are too slow for the large hidden case (`slow/`)."""
        return sorted((self.folder / "slow").glob(f"*{self.suffix}"))

    def alternatives(self) -> list[Path]:
        return sorted((self.folder / "alternatives").glob(f"*{self.suffix}"))

    def schema(self) -> dict[str, list[tuple[str, str]]]:
        """SQL: each table's columns and types, as the first visible example builds them."""
        if self.kind != "sql":
            return {}
        first = self.cases_module.visible()[0]["args"][0]
        return {name: [tuple(c) for c in t["columns"]] for name, t in first.items()}

    @cached_property
    def cases_module(self) -> ModuleType:
        return _load_module(
            self.folder / "cases.py", f"_exercise_cases_{self.id.replace('-', '_')}"
        )

    @property
    def wants_case(self) -> bool:
        """Whether the checker judges results against the test's inputs (custom checkers)."""
        return "custom" in repr(self.checker_spec) or self.runner == "calls"

    @cached_property
    def checker(self) -> Checker:
        spec = self.checker_spec
        if spec.get("kind") == "rows":
            spec = {**spec, "ordered": self.ordered or bool(spec.get("ordered", False))}
        if spec.get("kind") == "tuple" and "names" not in spec:
            spec = {**spec, "names": return_names(self.reference_source, len(spec["items"]))}
        custom = None
        if (self.folder / "checker.py").is_file():
            module = _load_module(
                self.folder / "checker.py", f"_exercise_checker_{self.id.replace('-', '_')}"
            )
            custom = module.check
        return build_checker(spec, custom)

    def summary(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "topic": self.topic,
            "difficulty": self.difficulty.value,
            "function": self.function,
            "kind": self.kind,
        }


def return_names(source: str, count: int) -> list[str]:
    """The names in the reference's last `return a, b` of `count` plain names, as the prompt
    calls them ("labels", not "value 2"); empty when it returns anything else."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            found = [_name_of(e) for e in node.value.elts]
            if len(found) == count and all(found):
                names = [str(n) for n in found]
    return names


def _name_of(node: ast.expr) -> str | None:
    """`labels`, `labels.astype(int)` and `float(b)` are all named by their variable."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return _name_of(node.value)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute):
            return _name_of(node.func.value)
        return _name_of(node.args[0]) if len(node.args) == 1 else None
    return None


def _load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_exercises_dir() -> Path:
    return shipped_dir("exercises")


def load_exercise(folder: Path) -> Exercise:
    toml_path = folder / "exercise.toml"
    if not toml_path.is_file():
        raise ExerciseError(f"{toml_path}: missing file")
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExerciseError(f"{toml_path}: invalid TOML: {exc}") from None

    def fail(field_name: str, message: str) -> ExerciseError:
        return ExerciseError(
            f"{toml_path}: exercise '{folder.name}' field '{field_name}': {message}"
        )

    kind = data.get("kind", "python")
    if kind not in SUFFIXES:
        raise fail("kind", f"must be one of {', '.join(SUFFIXES)}")
    if kind == "sql":
        data.setdefault("function", "")
        data.setdefault("checker", {"kind": "rows"})
    for name in required_files(kind):
        if not (folder / name).is_file():
            raise ExerciseError(f"{folder / name}: missing file")

    for key in data:
        if key not in FIELDS:
            raise fail(key, "unknown field")
    for key in ("id", "title", "topic", "difficulty", "function", "hint"):
        if key == "function" and kind == "sql":
            continue
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(key, "must be a non-empty string")
    if data["id"] != folder.name or not ID_PATTERN.fullmatch(data["id"]):
        raise fail(
            "id", f"must match the folder name in lowercase-hyphen form (got {data['id']!r})"
        )
    if kind == "python" and not FUNCTION_PATTERN.fullmatch(data["function"]):
        raise fail("function", "must be a Python identifier")
    runner, complexity = _runner_and_complexity(data, kind, fail)
    try:
        difficulty = Difficulty(data["difficulty"])
    except ValueError:
        raise fail("difficulty", "must be easy, medium or hard") from None
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail("tags", "must be a list of strings")
    limits = {}
    for key, default, low, high in (
        ("time_limit_ms", DEFAULT_TIME_LIMIT_MS, 100, 20_000),
        ("memory_limit_mb", DEFAULT_MEMORY_LIMIT_MB, 256, 4096),
    ):
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise fail(key, f"must be a whole number from {low} to {high}")
        limits[key] = value
    may_change = data.get("inputs_may_change", False)
    ordered = data.get("ordered", False)
    for key, value in (("inputs_may_change", may_change), ("ordered", ordered)):
        if not isinstance(value, bool):
            raise fail(key, "must be true or false")
    checker = data.get("checker", {"kind": "exact"})
    _validate_checker(checker, fail, custom_file=(folder / "checker.py").is_file())
    return Exercise(
        id=data["id"], title=data["title"].strip(), topic=data["topic"], difficulty=difficulty,
        function=data["function"], tags=tuple(tags), hint=data["hint"].strip(),
        checker_spec=checker, folder=folder, inputs_may_change=may_change, kind=kind,
        ordered=ordered, runner=runner, complexity=complexity.strip(), **limits,
    )  # fmt: skip


def _runner_and_complexity(data: dict[str, Any], kind: str, fail: Any) -> tuple[str, str]:
    """How a test runs the solution (see runners.py) and the stated complexity, checked."""
    runner = "sql" if kind == "sql" else data.get("runner", "function")
    if runner not in ("sql", *PYTHON_RUNNERS) or (kind == "sql") != (runner == "sql"):
        raise fail("runner", f"must be one of {', '.join(PYTHON_RUNNERS)} (Python exercises only)")
    complexity = data.get("complexity", "")
    if not isinstance(complexity, str):
        raise fail("complexity", 'must be a string such as "O(n log n)"')
    return runner, complexity


def _validate_checker(spec: Any, fail: Any, custom_file: bool) -> None:
    if not isinstance(spec, dict) or spec.get("kind") not in CHECKER_KINDS:
        raise fail("checker", f"kind must be one of {', '.join(CHECKER_KINDS)}")
    if spec["kind"] == "custom" and not custom_file:
        raise fail("checker", "a custom checker needs checker.py in the folder")
    for key in ("rtol", "atol"):
        if key in spec and (not isinstance(spec[key], int | float) or spec[key] < 0):
            raise fail("checker", f"{key} must be a non-negative number")
    if spec["kind"] == "tuple":
        items = spec.get("items")
        if not isinstance(items, list) or not items:
            raise fail("checker", "a tuple checker needs a non-empty items list")
        for item in items:
            _validate_checker(item, fail, custom_file)
    if spec["kind"] == "calls" and "item" in spec:
        _validate_checker(spec["item"], fail, custom_file)


def load_exercises(root: Path | None = None) -> tuple[dict[str, Exercise], list[str]]:
    """Every exercise under `root` (default: the shipped ones), and the problems found."""
    root = root or default_exercises_dir()
    found: dict[str, Exercise] = {}
    problems: list[str] = []
    if not root.is_dir():
        return found, problems
    for folder in sorted(
        p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
    ):
        try:
            exercise = load_exercise(folder)
        except ExerciseError as exc:
            problems.append(str(exc))
            continue
        found[exercise.id] = exercise
    return found, problems
