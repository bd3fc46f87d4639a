"""Pictures of a result beside the reference's: plain series from the core, drawn with Qt in
the window and into a PNG by `interview-app grade --plot`."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from interview_app.cli import main
from interview_app.core.judge.exercises import load_exercises
from interview_app.core.judge.pictures import picture_for

EXERCISES = Path(__file__).resolve().parent.parent / "exercises"
PICTURED = ("kmeans", "linear-regression-gd", "logistic-regression", "pca")
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def catalogue():
    return load_exercises()[0]


def graded(judge, exercise, path: Path):
    judge.measure_speed = False
    try:
        return judge.grade(exercise, path.read_text(), seed=3)
    finally:
        judge.measure_speed = True


def series(picture: dict, chart: int) -> dict[str, dict]:
    return {s["name"].split(" (")[0]: s for s in picture["charts"][chart]["series"]}


@pytest.mark.parametrize("exercise_id", PICTURED)
def test_an_accepted_result_is_pictured_on_its_declared_example(judge, catalogue, exercise_id):
    exercise = catalogue[exercise_id]
    result = graded(judge, exercise, exercise.folder / "reference.py")
    picture = picture_for(exercise, result)
    assert picture is not None and len(picture["charts"]) == 2
    assert "hidden" not in picture["case"]
    json.dumps(picture)  # plain data only
    for chart in picture["charts"]:
        assert chart["series"] and any(s["points"] for s in chart["series"])


def test_kmeans_highlights_the_points_labelled_differently(judge, catalogue) -> None:
    exercise = catalogue["kmeans"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "manhattan_distance.py")
    picture = picture_for(exercise, result)
    first_failed = next(t for t in result.tests if t.status.value == "failed")
    assert picture["case"].startswith(first_failed.name)
    mine, reference = series(picture, 0), series(picture, 1)
    assert mine["labelled differently"]["points"], "the mistake shows as highlighted points"
    assert mine["centroids"]["role"] == "user" and reference["centroids"]["role"] == "reference"
    assert "labelled differently" not in reference


def test_linear_regression_traces_the_reference_loss_and_both_lines(judge, catalogue) -> None:
    exercise = catalogue["linear-regression-gd"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "missing_one_over_n.py")
    picture = picture_for(exercise, result)
    loss = series(picture, 0)
    curve = loss["reference"]["points"]
    assert curve[0][0] == 0 and curve[-1][1] < curve[0][1], "the reference's loss falls"
    assert len(loss["your final weights"]["points"]) == 1
    assert picture["charts"][0]["y_log"] is True


def test_logistic_regression_draws_two_decision_boundaries(judge, catalogue) -> None:
    exercise = catalogue["logistic-regression"]
    result = graded(judge, exercise, exercise.folder / "reference.py")
    fit = series(picture_for(exercise, result), 1)
    assert fit["your boundary"]["points"] and fit["reference boundary"]["points"]
    assert fit["your boundary"]["points"] == fit["reference boundary"]["points"]


def test_pca_projects_on_both_sets_of_components(judge, catalogue) -> None:
    exercise = catalogue["pca"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "not_centred.py")
    picture = picture_for(exercise, result)
    mine, reference = series(picture, 0)["samples"], series(picture, 1)["samples"]
    assert len(mine["points"]) == len(reference["points"]) > 0
    assert mine["points"] != reference["points"]


def test_no_picture_without_a_section(judge, catalogue) -> None:
    exercise = catalogue["two-sum"]
    result = graded(judge, exercise, exercise.folder / "reference.py")
    assert picture_for(exercise, result) is None


@pytest.mark.parametrize(
    ("exercise_id", "solution"),
    [
        ("kmeans", "reference.py"),
        ("kmeans", "wrong/manhattan_distance.py"),
        ("linear-regression-gd", "reference.py"),
        ("logistic-regression", "wrong/wrong_sign.py"),
        ("pca", "reference.py"),
    ],
)
def test_grade_plot_writes_a_png(capsys, data_dir, tmp_path, exercise_id, solution) -> None:
    out = tmp_path / "picture.png"
    path = EXERCISES / exercise_id / solution
    code = main(["grade", exercise_id, str(path), "--no-record", "--plot", str(out)])
    assert code == (0 if solution == "reference.py" else 1)  # exit codes as without --plot
    data = out.read_bytes()
    assert data.startswith(PNG) and len(data) > 5000


def test_grade_plot_without_a_picture_says_so(capsys, data_dir, tmp_path) -> None:
    out = tmp_path / "picture.png"
    code = main(["grade", "two-sum", str(EXERCISES / "two-sum" / "reference.py"), "--no-record",
                 "--plot", str(out)])  # fmt: skip
    assert code == 0 and not out.exists()
    assert "no picture written: this exercise has no picture" in capsys.readouterr().err


def test_grade_plot_into_a_missing_folder_is_a_usage_error(capsys, data_dir, tmp_path) -> None:
    code = main(["grade", "kmeans", str(EXERCISES / "kmeans" / "reference.py"), "--plot",
                 str(tmp_path / "nowhere" / "p.png")])  # fmt: skip
    assert code == 2 and "no such folder" in capsys.readouterr().err


HEATMAPS = ("scaled-dot-product-attention", "multi-head-attention", "softmax-cross-entropy")


def heatmaps(picture: dict) -> list[dict]:
    return [chart["heatmap"] for chart in picture["charts"] if "heatmap" in chart]


@pytest.mark.parametrize("exercise_id", (*HEATMAPS, "roc-auc"))
def test_new_pictures_are_plain_data_on_their_declared_example(judge, catalogue, exercise_id):
    exercise = catalogue[exercise_id]
    picture = picture_for(exercise, graded(judge, exercise, exercise.folder / "reference.py"))
    assert picture is not None and "hidden" not in picture["case"]
    json.dumps(picture)
    titles = " ".join(chart["title"] for chart in picture["charts"])
    assert ("Your" in titles or "yours" in titles) and "eference" in titles


def test_attention_weights_and_outputs_share_a_scale(judge, catalogue) -> None:
    exercise = catalogue["scaled-dot-product-attention"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "mask_after_softmax.py")
    picture = picture_for(exercise, result)
    weights, mine, reference = heatmaps(picture)
    assert weights["role"] == "reference" and weights["masked"] is not None
    rows = weights["values"]
    assert all(abs(sum(row) - 1) < 1e-9 for row in rows), "each query's weights sum to 1"
    cells = [
        (v, m)
        for r, ms in zip(rows, weights["masked"], strict=True)
        for v, m in zip(r, ms, strict=True)
    ]
    assert all(v == 0 for v, masked in cells if masked), "masked keys get no weight"
    assert (mine["low"], mine["high"]) == (reference["low"], reference["high"])
    assert mine["scale"] == "diverging" and mine["values"] != reference["values"]


def test_multi_head_pictures_the_head_that_differs_most(judge, catalogue) -> None:
    exercise = catalogue["multi-head-attention"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "mask_after_softmax.py")
    picture = picture_for(exercise, result)
    mine, reference = heatmaps(picture)
    assert "differs most" in picture["charts"][0]["title"]
    assert (mine["role"], reference["role"]) == ("user", "reference")
    assert mine["values"] != reference["values"]
    masked = reference["masked"]
    assert masked is not None and masked[0][1] and not masked[1][0], "causal: above the diagonal"
    accepted = picture_for(exercise, graded(judge, exercise, exercise.folder / "reference.py"))
    assert "head 0" in accepted["charts"][0]["title"]
    assert "differs" not in accepted["charts"][0]["title"]


def test_softmax_gradients_show_the_missing_one_over_n(judge, catalogue) -> None:
    exercise = catalogue["softmax-cross-entropy"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "grad_not_divided_by_n.py")
    mine, reference = heatmaps(picture_for(exercise, result))
    n = len(reference["values"])
    for row_mine, row_ref in zip(mine["values"], reference["values"], strict=True):
        assert row_mine == pytest.approx([n * v for v in row_ref])
    assert mine["low"] == -mine["high"] == reference["low"]


def test_roc_curve_and_the_auc_of_each_reading(judge, catalogue) -> None:
    exercise = catalogue["roc-auc"]
    result = graded(judge, exercise, exercise.folder / "wrong" / "ignores_ties.py")
    picture = picture_for(exercise, result)
    curve = series(picture, 0)["ROC curve"]["points"]
    assert curve[0] == [0.0, 0.0] and curve[-1] == [1.0, 1.0]
    xs, ys = [p[0] for p in curve], [p[1] for p in curve]
    assert xs == sorted(xs) and ys == sorted(ys)
    area = sum((b[0] - a[0]) * (a[1] + b[1]) / 2 for a, b in pairwise(curve))
    dots = series(picture, 1)
    assert area == pytest.approx(dots["reference"]["points"][0][0])
    assert dots["yours"]["points"][0][0] == pytest.approx(dots["ties counted as 0"]["points"][0][0])
    assert dots["yours"]["points"][0][0] < dots["reference"]["points"][0][0]
    labels = [label for _, label in picture["charts"][1]["y_categories"]]
    assert labels[0].startswith("yours") and labels[1].startswith("reference")


@pytest.mark.parametrize(
    ("exercise_id", "solution"),
    [("multi-head-attention", "wrong/mask_after_softmax.py"), ("roc-auc", "reference.py")],
)
def test_grade_plot_writes_a_png_of_a_heat_map_and_a_roc_curve(
    capsys, data_dir, tmp_path, exercise_id, solution
) -> None:
    out = tmp_path / "picture.png"
    code = main(["grade", exercise_id, str(EXERCISES / exercise_id / solution), "--no-record",
                 "--plot", str(out)])  # fmt: skip
    assert code == (0 if solution == "reference.py" else 1)
    data = out.read_bytes()
    assert data.startswith(PNG) and len(data) > 5000
