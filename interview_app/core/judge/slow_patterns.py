"""Common causes of slow code, found by reading a submission's syntax tree (never by running it).

Each finding names a line and says, in words a user can act on, why the pattern is slow:
a Python loop over the rows of the array whose size grows, `np.append` (and its kin) in a
loop, `list.pop(0)` or `list.insert(0, ...)` in a loop, and `x in some_list` in a loop.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

GROWING_COPIES = {"append", "concatenate", "vstack", "hstack", "row_stack", "column_stack"}
NUMPY_NAMES = {"np", "numpy"}


@dataclass(frozen=True)
class Finding:
    line: int
    message: str

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "message": self.message}


def find_slow_patterns(source: str, function: str, rows_arg: int | None = None) -> list[Finding]:
    """Findings in `source`, first by line. `rows_arg` is the position of the argument whose
    rows grow with the input (the points of k-means); loops over it are reported."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    rows: set[str] = set()
    if rows_arg is not None:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == function:
                params = [a.arg for a in node.args.posonlyargs + node.args.args]
                if rows_arg < len(params):
                    rows.add(params[rows_arg])
    visitor = _Visitor(rows)
    visitor.visit(tree)
    unique = {(f.line, f.message): f for f in visitor.findings}
    return sorted(unique.values(), key=lambda f: f.line)


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


class _Visitor(ast.NodeVisitor):
    def __init__(self, rows: set[str]) -> None:
        self.rows = set(rows)  # the growing array and its aliases (X = np.asarray(X), ...)
        self.sizes: set[str] = set()  # names holding its length (n = len(X), n, d = X.shape)
        self.lists: set[str] = set()  # names bound to a list
        self.depth = 0  # how many loops enclose the node being visited
        self.findings: list[Finding] = []

    # --- what names stand for ------------------------------------------------------------
    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        for target in node.targets:
            if isinstance(target, ast.Name):
                self._bind(target.id, value)
            elif isinstance(target, ast.Tuple) and self._is_shape(value):
                first = target.elts[0] if target.elts else None
                if isinstance(first, ast.Name):
                    self.sizes.add(first.id)
        self.generic_visit(node)

    def _bind(self, name: str, value: ast.expr) -> None:
        if isinstance(value, ast.List | ast.ListComp) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "list"
        ):
            self.lists.add(name)
        else:
            self.lists.discard(name)  # rebound: `seen = set()` after `seen = []`
        if self._is_length(value):
            self.sizes.add(name)
        elif self._derives_rows(value):
            self.rows.add(name)

    def _derives_rows(self, value: ast.expr) -> bool:
        """`np.asarray(X, float)`, `X.copy()`, `X.astype(float)`, `X`: the same rows."""
        if isinstance(value, ast.Name):
            return value.id in self.rows
        if isinstance(value, ast.Call):
            func = value.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if func.value.id in NUMPY_NAMES and value.args:
                    return self._derives_rows(value.args[0])
                return func.value.id in self.rows and func.attr in ("copy", "astype")
        return False

    def _is_shape(self, value: ast.expr) -> bool:
        return (
            isinstance(value, ast.Attribute)
            and value.attr == "shape"
            and isinstance(value.value, ast.Name)
            and value.value.id in self.rows
        )

    def _is_length(self, value: ast.expr) -> bool:
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.args:
            arg = value.args[0]
            if value.func.id == "len":
                return isinstance(arg, ast.Name) and arg.id in self.rows
        if isinstance(value, ast.Subscript) and self._is_shape(value.value):
            index = value.slice
            return isinstance(index, ast.Constant) and index.value == 0
        return False

    # --- loops -----------------------------------------------------------------------------
    def _over_rows(self, iterable: ast.expr) -> str | None:
        """The array whose rows a loop walks, if it walks one."""
        if isinstance(iterable, ast.Name) and iterable.id in self.rows:
            return iterable.id
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name):
            name, args = iterable.func.id, iterable.args
            if name in ("enumerate", "zip", "reversed"):
                return next((r for r in map(self._over_rows, args) if r), None)
            if name == "range" and args:
                bound = args[-1] if len(args) < 3 else args[1]
                if isinstance(bound, ast.Name) and bound.id in self.sizes:
                    return "the points"
                if self._is_length(bound):
                    return next(iter(_names(bound) & self.rows), "the points")
        return None

    def _row_loop(self, line: int, iterable: ast.expr) -> None:
        array = self._over_rows(iterable)
        if array is None:
            return
        what = array if array == "the points" else f"the rows of {array}"
        self.findings.append(Finding(line, (
            f"a Python loop over {what}: every point costs an interpreted step, so time grows "
            "with n at Python speed; compute all rows at once with array operations "
            "(broadcasting, a matrix product, np.argmin over an axis)"
        )))  # fmt: skip

    def _loop(self, node: ast.For | ast.While | ast.AsyncFor) -> None:
        if isinstance(node, ast.For | ast.AsyncFor):
            self._row_loop(node.lineno, node.iter)
            self.visit(node.iter)
        else:
            self.visit(node.test)
        self.depth += 1
        for child in [*node.body, *node.orelse]:
            self.visit(child)
        self.depth -= 1

    visit_For = visit_While = visit_AsyncFor = _loop

    def _comprehension(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ) -> None:
        for generator in node.generators:
            self._row_loop(node.lineno, generator.iter)
            self.visit(generator.iter)
        self.depth += 1
        for generator in node.generators:
            for condition in generator.ifs:
                self.visit(condition)
        for part in ("elt", "key", "value"):
            if getattr(node, part, None) is not None:
                self.visit(getattr(node, part))
        self.depth -= 1

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    # --- what is slow inside a loop --------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if self.depth and isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            first = node.args[0] if node.args else None
            at_front = isinstance(first, ast.Constant) and first.value == 0
            if owner in NUMPY_NAMES and func.attr in GROWING_COPIES:
                self.findings.append(Finding(node.lineno, (
                    f"np.{func.attr} inside a loop copies the whole array on every pass, so the "
                    "loop is quadratic; collect the pieces in a list and join them once, or fill "
                    "a preallocated array"
                )))  # fmt: skip
            elif func.attr == "pop" and at_front and len(node.args) == 1:
                self.findings.append(Finding(node.lineno, (
                    "list.pop(0) inside a loop shifts every remaining item each time, so the "
                    "loop is quadratic; collections.deque.popleft() takes constant time"
                )))  # fmt: skip
            elif func.attr == "insert" and at_front and len(node.args) == 2:
                self.findings.append(Finding(node.lineno, (
                    "list.insert(0, ...) inside a loop shifts every item each time; append and "
                    "reverse once at the end, or use collections.deque.appendleft()"
                )))  # fmt: skip
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        if self.depth:
            for op, right in zip(node.ops, node.comparators, strict=True):
                listed = isinstance(right, ast.Name) and right.id in self.lists
                if isinstance(op, ast.In | ast.NotIn) and listed:
                    self.findings.append(Finding(node.lineno, (
                        f"`in {right.id}` inside a loop scans the whole list every time; "  # type: ignore[union-attr]
                        "a set (or a dict) answers in constant time"
                    )))  # fmt: skip
        self.generic_visit(node)
