"""Pictures of a result beside the reference's: plain series from the core, drawn with Qt in
the window and into a PNG by `interview-app grade --plot`."""

from __future__ import annotations

import json
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
