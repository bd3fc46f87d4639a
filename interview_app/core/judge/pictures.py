"""Pictures of a submission's result beside the reference's, as plain series (no Qt here).

An exercise declares `[picture] kind = "clusters" | "regression" | "classifier" |
"projection" | "attention" | "attention-heads" | "softmax-gradient" | "roc"` (and optionally `case = "<a visible test's name>"`) in its exercise.toml. The
picture is drawn from a test the judge has already run: the first failed test that returned
a value (what went wrong is what a user wants to see), else the declared visible test. The
submission's value came back from the sandbox as plain data; only our own reference runs
here, to trace its loss per iteration.

A picture is `{"title", "case", "charts": [{"title", "x_label", "y_label", "series": [...]}]}`
and a series is `{"name", "kind": "points" | "line" | "markers", "role", "points": [[x, y]]}`
with role "data", "user", "reference", "highlight" or "cluster" (with an "index"). A chart
may fix its axes ("x_range", "y_range": [low, high]; "x_ticks": a step from 0) or name its rows ("y_categories":
[[y, label]]). A heat map is a chart with no series and a "heatmap": {"values": rows of
numbers (None where not finite), "masked": rows of booleans or None, "low", "high",
"scale": "sequential" | "diverging", "role"}; both sides of a comparison share one scale.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from interview_app.core.judge.exercises import Exercise
from interview_app.core.judge.verdicts import GradeResult, Status

KINDS = (
    "clusters", "regression", "classifier", "projection",
    "attention", "attention-heads", "softmax-gradient", "roc",
)  # fmt: skip
MAX_POINTS = 2000  # a picture shows at most this many points (evenly chosen)
MAX_CELLS = 48  # a heat map shows at most this many rows and columns (the first ones)
CHECKPOINTS = 25  # iterations at which the reference's loss is traced


@cache
def picture_spec(folder: Path) -> dict[str, Any] | None:
    data = tomllib.loads((folder / "exercise.toml").read_text(encoding="utf-8"))
    spec = data.get("picture")
    if not isinstance(spec, dict):
        return None
    if spec.get("kind") not in KINDS:
        raise ValueError(f"{folder / 'exercise.toml'}: [picture] kind must be one of {KINDS}")
    return spec


def chosen_test(exercise: Exercise, result: GradeResult) -> int | None:
    """The index of the test to picture, among those whose value came back."""
    spec = picture_spec(exercise.folder) or {}
    returned = [i for i in result.outputs if i < len(result.tests)]
    failed = [i for i in returned if result.tests[i].status is Status.FAILED]
    if failed:
        return min(failed)
    named = [i for i in returned if result.tests[i].name == spec.get("case")]
    visible = [i for i in returned if result.tests[i].visible]
    return (named or visible or sorted(returned) or [None])[0]


def picture_for(exercise: Exercise, result: GradeResult) -> dict[str, Any] | None:
    """The picture of a graded submission, or None (no [picture], or no value came back)."""
    spec = picture_spec(exercise.folder)
    index = chosen_test(exercise, result) if spec else None
    if spec is None or index is None:
        return None
    case, expected, got = result.outputs[index]
    args, kwargs = case.decoded()
    try:
        charts = BUILDERS[spec["kind"]](exercise, args, kwargs, got, expected)
    except (ValueError, TypeError, IndexError, KeyError, np.linalg.LinAlgError):
        return None  # the returned value has a shape the picture cannot use; the tests said why
    test = result.tests[index]
    where = "" if test.visible else " (hidden test)"
    return {"title": exercise.title, "case": f"{test.name}{where}", "charts": charts}


def attach(exercise: Exercise, result: GradeResult) -> GradeResult:
    """The result with its picture filled in (for a background job, then the window)."""
    result.picture = picture_for(exercise, result)
    return result


# --- helpers --------------------------------------------------------------------------------
def _xy(a: np.ndarray, b: np.ndarray) -> list[list[float]]:
    a, b = np.asarray(a, float).ravel(), np.asarray(b, float).ravel()
    keep = np.linspace(0, len(a) - 1, min(len(a), MAX_POINTS)).astype(int) if len(a) else []
    return [[float(a[i]), float(b[i])] for i in keep if np.isfinite(a[i]) and np.isfinite(b[i])]


def _series(name: str, kind: str, role: str, points: list[list[float]], **extra: Any) -> dict:
    return {"name": name, "kind": kind, "role": role, "points": points, **extra}


def _chart(title: str, x: str, y: str, *series: dict[str, Any]) -> dict[str, Any]:
    return {"title": title, "x_label": x, "y_label": y, "series": list(series)}


def _plane(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, str, str]:
    """Two coordinates to draw points by: the first two features (one feature: against 0)."""
    X = np.asarray(X, float).reshape(len(X), -1)
    if X.shape[1] >= 2:
        return X[:, 0], X[:, 1], "feature 1", "feature 2"
    return X[:, 0], np.zeros(len(X)), "feature 1", ""


# --- k-means --------------------------------------------------------------------------------
def _clusters(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    X = np.asarray(args[0], float)
    x, y, xl, yl = _plane(X)
    mine_c, mine_l = np.asarray(got[0], float), np.asarray(got[1]).astype(int).ravel()
    ref_c, ref_l = np.asarray(expected[0], float), np.asarray(expected[1]).astype(int).ravel()
    if mine_l.shape != ref_l.shape:
        raise ValueError("labels of another length")
    differ = mine_l != ref_l

    def panel(title: str, labels: np.ndarray, centroids: np.ndarray, role: str) -> dict:
        series = [
            _series(f"cluster {k}", "points", "cluster", _xy(x[labels == k], y[labels == k]), index=int(k))
            for k in np.unique(labels)
        ]  # fmt: skip
        cx, cy = _plane(centroids.reshape(len(centroids), -1))[:2]
        series.append(_series("centroids", "markers", role, _xy(cx, cy)))
        return _chart(title, xl, yl, *series)

    mine = panel("Your clusters", mine_l, mine_c, "user")
    mine["series"].append(_series(
        f"labelled differently ({int(differ.sum())})", "markers", "highlight",
        _xy(x[differ], y[differ]),
    ))  # fmt: skip
    return [mine, panel("Reference clusters", ref_l, ref_c, "reference")]


# --- gradient descent -----------------------------------------------------------------------
def _loss(kind: str, X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> float:
    z = X @ np.asarray(w, float).ravel() + float(b)
    if kind == "regression":
        return float(np.mean((z - y) ** 2))
    p = np.clip(1 / (1 + np.exp(-np.clip(z, -500, 500))), 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


@cache
def _reference_function(folder: Path, function: str) -> Any:
    from interview_app.core.judge.inprocess import load_trusted

    source = (folder / "reference.py").read_text(encoding="utf-8")
    return getattr(load_trusted(source, str(folder / "reference.py")), function)


def _loss_chart(kind: str, exercise: Exercise, args: list, kwargs: dict, got: Any) -> dict:
    """The reference's loss at checkpoints (our own code, re-run with fewer steps) and the
    loss at the submission's final weights, at its last step."""
    X, y = np.asarray(args[0], float), np.asarray(args[1], float)
    steps = int(kwargs.get("n_iters", 1000 if kind == "regression" else 500))
    reference = _reference_function(exercise.folder, exercise.function)
    curve = []
    for k in sorted(set(np.linspace(0, steps, CHECKPOINTS).round().astype(int).tolist())):
        w, b = reference(X, y, **{**kwargs, "n_iters": k})
        curve.append([float(k), _loss(kind, X, y, w, b)])
    final = _loss(kind, X, y, got[0], got[1])
    name = "mean squared error" if kind == "regression" else "log loss"
    return {"y_log": True, **_chart(
        f"Loss per step ({name})", "step", name,
        _series("reference", "line", "reference", curve),
        _series(f"your final weights ({final:.4g})", "markers", "user", [[float(steps), final]]),
    )}  # fmt: skip


def _regression(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    X, y = np.asarray(args[0], float), np.asarray(args[1], float)
    loss = _loss_chart("regression", exercise, args, kwargs, got)
    w, b = np.asarray(got[0], float).ravel(), float(got[1])
    rw, rb = np.asarray(expected[0], float).ravel(), float(expected[1])
    if X.shape[1] == 1:
        xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 2)
        fit = _chart(
            "Fitted line", "x", "y", _series("data", "points", "data", _xy(X[:, 0], y)),
            _series("your line", "line", "user", _xy(xs, xs * w[0] + b)),
            _series("reference line", "line", "reference", _xy(xs, xs * rw[0] + rb)),
        )  # fmt: skip
    else:
        span = np.array([y.min(), y.max()])
        fit = _chart(
            "Predicted against actual", "actual y", "predicted y",
            _series("your predictions", "points", "user", _xy(y, X @ w + b)),
            _series("reference predictions", "points", "reference", _xy(y, X @ rw + rb)),
            _series("perfect fit", "line", "data", _xy(span, span)),
        )  # fmt: skip
    return [loss, fit]


def _boundary(w: np.ndarray, b: float, xs: np.ndarray, ys: np.ndarray) -> list[list[float]]:
    """Where w . x + b = 0 crosses the box of the data (two features)."""
    if abs(w[1]) > 1e-12:
        line = _xy(xs, -(w[0] * xs + b) / w[1])
        return [p for p in line if ys.min() - 1 <= p[1] <= ys.max() + 1] or line
    if abs(w[0]) > 1e-12:
        return _xy(np.full(2, -b / w[0]), ys)
    return []


def _classifier(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    X, y = np.asarray(args[0], float), np.asarray(args[1]).astype(int)
    loss = _loss_chart("classifier", exercise, args, kwargs, got)
    w, b = np.asarray(got[0], float).ravel(), float(got[1])
    rw, rb = np.asarray(expected[0], float).ravel(), float(expected[1])
    classes = [
        _series(f"class {c}", "points", "cluster", _xy(*_plane(X[y == c])[:2]), index=int(c))
        for c in (0, 1)
    ]
    if X.shape[1] == 2:
        xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 60)
        fit = _chart(
            "Decision boundary (p = 0.5)", "feature 1", "feature 2", *classes,
            _series("your boundary", "line", "user", _boundary(w, b, xs, X[:, 1])),
            _series("reference boundary", "line", "reference", _boundary(rw, rb, xs, X[:, 1])),
        )  # fmt: skip
    elif X.shape[1] == 1:
        xs = np.linspace(X[:, 0].min() - 1, X[:, 0].max() + 1, 60)
        sig = lambda v, c: 1 / (1 + np.exp(-np.clip(v * c[0] + c[1], -500, 500)))  # noqa: E731
        fit = _chart(
            "Predicted probability", "x", "p(y = 1)",
            _series("labels", "points", "data", _xy(X[:, 0], y)),
            _series("yours", "line", "user", _xy(xs, sig(xs, (w[0], b)))),
            _series("reference", "line", "reference", _xy(xs, sig(xs, (rw[0], rb)))),
        )  # fmt: skip
    else:
        order = np.argsort(X @ rw + rb)
        rank = np.arange(len(order))
        p = lambda c, d: 1 / (1 + np.exp(-np.clip(X[order] @ c + d, -500, 500)))  # noqa: E731
        fit = _chart(
            "Predicted probability, samples ordered by the reference's score", "sample", "p(y = 1)",
            _series("yours", "points", "user", _xy(rank, p(w, b))),
            _series("reference", "line", "reference", _xy(rank, p(rw, rb))),
        )  # fmt: skip
    return [loss, fit]


# --- PCA ------------------------------------------------------------------------------------
def _projection(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    X = np.asarray(args[0], float)
    centred = X - X.mean(axis=0)

    def panel(title: str, components: Any, role: str) -> dict:
        c = np.asarray(components, float).reshape(-1, X.shape[1])
        scores = centred @ c[:2].T
        ys = scores[:, 1] if scores.shape[1] > 1 else np.zeros(len(scores))
        return _chart(title, "component 1", "component 2" if c.shape[0] > 1 else "",
                      _series("samples", "points", role, _xy(scores[:, 0], ys)))  # fmt: skip

    return [
        panel("Projected on your components", got[0], "user"),
        panel("Projected on the reference's", expected[0], "reference"),
    ]


# --- heat maps: attention and softmax ----------------------------------------------------------
def _matrix(value: Any) -> np.ndarray:
    m = np.asarray(value, float)
    if m.ndim != 2 or m.size == 0:
        raise ValueError("not a matrix")
    return m


def _cut(m: np.ndarray) -> tuple[np.ndarray, str]:
    """The first MAX_CELLS rows and columns, and a note saying so when some were left out."""
    rows, cols = m.shape
    note = []
    if rows > MAX_CELLS:
        note.append(f"first {MAX_CELLS} of {rows} rows")
    if cols > MAX_CELLS:
        note.append(f"first {MAX_CELLS} of {cols} columns")
    return m[:MAX_CELLS, :MAX_CELLS], f" ({', '.join(note)})" if note else ""


def _heatmaps(
    panels: list[tuple[str, np.ndarray, str]], x: str, y: str, scale: str,
    masked: np.ndarray | None = None,
) -> list[dict]:  # fmt: skip
    """Heat maps on one shared colour scale: a panel is (title, matrix, role)."""
    cut = [(title, *_cut(m), role) for title, m, role in panels]
    finite = np.concatenate([m[np.isfinite(m)] for _, m, _, _ in cut])
    top = float(np.abs(finite).max()) if finite.size else 1.0
    top = top or 1.0
    if scale == "diverging":
        low, high = -top, top
    else:
        low, high = min(0.0, float(finite.min()) if finite.size else 0.0), top
    charts = []
    for title, m, note, role in cut:
        rows, cols = m.shape
        mask = None if masked is None else masked[:rows, :cols].tolist()
        values = [[float(v) if np.isfinite(v) else None for v in row] for row in m]
        charts.append({**_chart(title + note, x, y), "heatmap": {
            "values": values, "masked": mask, "low": low, "high": high,
            "scale": scale, "role": role,
        }})  # fmt: skip
    return charts


def _softmax_rows(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    return e / e.sum(axis=-1, keepdims=True)


def _attention(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    """Scaled dot-product attention returns weights @ V: the reference's weights (from Q, K
    and the mask) and both outputs, of the first batch element."""
    Q, K = np.asarray(args[0], float), np.asarray(args[1], float)
    mask = kwargs.get("mask", args[3] if len(args) > 3 else None)
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    allowed = np.broadcast_to(True if mask is None else np.asarray(mask, bool), scores.shape)
    weights = _softmax_rows(np.where(allowed, scores, -np.inf))
    lead = (0,) * (scores.ndim - 2)
    first = " (first batch element)" if lead else ""
    mine, ref = np.asarray(got, float), np.asarray(expected, float)
    if mine.shape != ref.shape:
        raise ValueError("output of another shape")
    blocked = None if mask is None else ~allowed[lead]
    return [
        *_heatmaps([(f"Reference attention weights{first}", weights[lead], "reference")],
                   "key", "query", "sequential", blocked),
        *_heatmaps([(f"Your output{first}", mine[lead], "user"),
                    (f"Reference output{first}", ref[lead], "reference")],
                   "output feature", "query", "diverging"),
    ]  # fmt: skip


def _attention_heads(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    """Multi-head attention returns (out, weights (B, H, L, L)): both sides' weights for the
    head that differs most from the reference (the first head when none differs)."""
    mine, ref = np.asarray(got[1], float), np.asarray(expected[1], float)
    if mine.shape != ref.shape or ref.ndim != 4:
        raise ValueError("weights of another shape")
    gap = np.abs(np.nan_to_num(mine - ref, nan=np.inf)).max(axis=(2, 3))
    b, h = np.unravel_index(int(np.argmax(gap)), gap.shape) if gap.max() > 0 else (0, 0)
    causal = bool(kwargs.get("causal", args[6] if len(args) > 6 else False))
    length = ref.shape[-1]
    blocked = ~np.tril(np.ones((length, length), dtype=bool)) if causal else None
    which = f"sample {b}, head {h}" + (" (differs most)" if gap.max() > 0 else "")
    return _heatmaps(
        [(f"Your attention weights, {which}", mine[b, h], "user"),
         (f"Reference attention weights, {which}", ref[b, h], "reference")],
        "key position", "query position", "sequential", blocked,
    )  # fmt: skip


def _softmax_gradient(
    exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any
) -> list:
    """Softmax cross-entropy returns (loss, gradient (n, C)): both gradients, losses in the
    titles (softmax minus the one-hot labels, over n: negative at each sample's label)."""
    mine, ref = _matrix(got[1]), _matrix(expected[1])
    if mine.shape != ref.shape:
        raise ValueError("gradient of another shape")
    return _heatmaps(
        [(f"Your gradient (loss {float(got[0]):.4g})", mine, "user"),
         (f"Reference gradient (loss {float(expected[0]):.4g})", ref, "reference")],
        "class", "sample", "diverging",
    )  # fmt: skip


# --- ROC curve ----------------------------------------------------------------------------------
def _roc_points(positive: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ROC curve, one point per distinct score from the highest down (tied samples
    move it along a diagonal, which is what counting a tie as one half measures)."""
    distinct, group = np.unique(-scores, return_inverse=True)
    tp = np.bincount(group, weights=positive, minlength=len(distinct)).cumsum()
    fp = np.bincount(group, weights=~positive, minlength=len(distinct)).cumsum()
    fpr = np.concatenate([[0.0], fp / max(fp[-1], 1)])
    tpr = np.concatenate([[0.0], tp / max(tp[-1], 1)])
    return fpr, tpr


def _roc(exercise: Exercise, args: list, kwargs: dict, got: Any, expected: Any) -> list:
    """The ROC curve of the case's scores, and the submission's AUC on a line beside the
    reference's and the values the classic mistakes give (ties as 0 or 1, reversed ranks)."""
    positive = np.asarray(args[0]).ravel() == 1
    scores = np.asarray(args[1], float).ravel()
    if positive.all() or not positive.any() or len(positive) != len(scores):
        raise ValueError("both classes are needed for a ROC curve")
    fpr, tpr = _roc_points(positive, scores)
    mine, ref = float(np.asarray(got, float)), float(np.asarray(expected, float))
    pos, neg = scores[positive], np.sort(scores[~positive])
    below = np.searchsorted(neg, pos, side="left").sum()  # negatives strictly below
    ties = (np.searchsorted(neg, pos, side="right") - np.searchsorted(neg, pos, side="left")).sum()
    pairs = len(pos) * len(neg)
    rows = [
        ("yours", mine, "user"),
        ("reference", ref, "reference"),
        ("ties counted as 0", below / pairs, "data"),
        ("ties counted as 1", (below + ties) / pairs, "data"),
        ("ranks reversed (1 - AUC)", 1 - ref, "data"),
    ]
    kind = {"user": "markers", "reference": "markers", "data": "points"}
    dots = [
        _series(f"{name} ({value:.4g})", kind[role], role,
                [[float(value), float(len(rows) - 1 - i)]] if np.isfinite(value) else [])
        for i, (name, value, role) in enumerate(rows)
    ]  # fmt: skip
    curve = _chart(
        f"ROC curve of the scores ({int(positive.sum())} positive, {int((~positive).sum())} negative)",
        "false positive rate", "true positive rate",
        _series(f"ROC curve (area = reference AUC {ref:.4g})", "line", "reference", _xy(fpr, tpr)),
        _series("chance (AUC 0.5)", "line", "data", [[0.0, 0.0], [1.0, 1.0]]),
    )  # fmt: skip
    line = _chart("AUC: yours, the reference's and common mistakes", "AUC", "", *dots)
    categories = [
        [float(len(rows) - 1 - i), f"{name}: {value:.4g}"]
        for i, (name, value, _) in enumerate(rows)
    ]
    return [
        {**curve, "x_range": [0.0, 1.0], "y_range": [0.0, 1.0]},
        {
            **line,
            "x_range": [-0.04, 1.04],
            "x_ticks": 0.25,
            "y_categories": categories,
            "legend": False,
        },
    ]


BUILDERS = {
    "clusters": _clusters,
    "regression": _regression,
    "classifier": _classifier,
    "projection": _projection,
    "attention": _attention,
    "attention-heads": _attention_heads,
    "softmax-gradient": _softmax_gradient,
    "roc": _roc,
}
