"""Checkers and the data boundary: strict shapes and dtypes, no broadcasting, no custom objects."""

from __future__ import annotations

import numpy as np
import pytest

from interview_app.core.judge.checkers import (
    build_checker,
    check_allclose,
    check_exact,
    check_label_permutation,
    check_unordered,
)
from interview_app.core.judge.sandbox.codec import (
    DecodeError,
    NotAnAnswer,
    TreeArg,
    decode,
    encode,
    tree_levels,
)


def test_allclose_refuses_broadcasting_and_reports_the_first_mismatch() -> None:
    want = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert check_allclose(want, want + 1e-12) is None
    assert (
        check_allclose(want, np.array([[1.0, 2.0]])) == "wrong shape: expected (2, 2), got (1, 2)"
    )
    assert check_allclose(want, 2.5).startswith("wrong shape")
    message = check_allclose(want, np.array([[1.0, 2.0], [3.5, 4.0]]), rtol=1e-6, atol=1e-9)
    assert (
        message
        == "1 of 4 values differ; first at index (1, 0): expected 3, got 3.5 (rtol=1e-06, atol=1e-09)"
    )
    assert "NaN" in check_allclose(want, np.full((2, 2), np.nan))
    assert "dtype" in check_allclose(want, np.ones((2, 2), dtype=complex))
    assert check_allclose(np.array([1.0, 2.0]), [1, 2]) is None  # ints where floats are expected
    assert check_allclose(3.0, 3.0000001, rtol=1e-6) is None


def test_exact_types_and_integer_arrays() -> None:
    assert check_exact([0, 1], [0, 1]) is None
    assert check_exact([0, 1], [1, 0]) == "item 0: expected 0, got 1"
    assert "expected bool" in check_exact(True, 1)
    assert "wrong dtype" in check_exact(np.array([0, 1]), np.array([0.0, 1.0]))
    assert check_exact(np.array([0, 1]), np.array([0, 1], dtype=np.int32)) is None
    assert check_exact("abc", "abd") == "expected 'abc', got 'abd'"


def test_unordered_and_label_permutation() -> None:
    assert check_unordered([["a", "b"], ["c"]], [["c"], ["a", "b"]]) is None
    assert check_unordered([["a", "b"], ["c"]], [["c"], ["b", "a"]]) is not None
    assert check_label_permutation(np.array([0, 0, 1]), np.array([5, 5, 2])) is None
    assert check_label_permutation(np.array([0, 0, 1]), np.array([1, 0, 1])) is not None
    assert "integers" in check_label_permutation(np.array([0, 1]), np.array([0.0, 1.0]))


def test_tuple_checker() -> None:
    check = build_checker({"kind": "tuple", "items": [{"kind": "allclose"}, {"kind": "exact"}]})
    assert check((np.zeros(2), np.array([1])), (np.zeros(2), np.array([1]))) is None
    assert check((np.zeros(2), np.array([1])), (np.zeros(2),)).startswith("expected a tuple of 2")
    assert check((np.zeros(2), np.array([1])), np.zeros(2)).startswith("expected a tuple")


@pytest.mark.parametrize(
    "value",
    [
        np.arange(6).reshape(2, 3),
        np.float32(1.5),
        (1, [2.5, None], {"k": "v"}),
        float("nan"),
        -(10**30),
    ],
)
def test_round_trip(value) -> None:
    back = decode(encode(value))
    if isinstance(value, np.ndarray):
        assert type(back) is np.ndarray and back.dtype == value.dtype and (back == value).all()
    elif isinstance(value, float) and value != value:
        assert back != back
    else:
        assert back == value and type(back) is type(value)


class Sneaky(np.ndarray):
    pass


class Always:
    def __eq__(self, other: object) -> bool:
        return True


@pytest.mark.parametrize(
    "value",
    [
        np.zeros(3).view(Sneaky),
        Always(),
        np.array([object()]),
        np.array(["a"]),
        {1: 2},
        [[[[]]]] * 0 + [Always()],
    ],
)
def test_non_plain_values_are_refused(value) -> None:
    with pytest.raises(NotAnAnswer):
        encode(value)


@pytest.mark.parametrize(
    "data",
    [
        {"$pickle": "x"},
        {"$nd": "not base64!"},
        {"$np": "O", "v": 1},
        {"$float": "1e999"},
        {"a": 1, "b": 2, "c": 3},
    ],
)
def test_decode_refuses_anything_else(data) -> None:
    with pytest.raises(DecodeError):
        decode(data)


def test_pickled_npy_is_refused() -> None:
    import base64
    import io

    buffer = io.BytesIO()
    np.save(buffer, np.array([{"x": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(DecodeError):
        decode({"$nd": base64.b64encode(buffer.getvalue()).decode()})


def test_trees_cross_as_level_order() -> None:
    root = decode(encode(TreeArg([3, 9, 20, None, None, 15, 7])))
    assert tree_levels(root) == [3, 9, 20, None, None, 15, 7]
    root.left.left = root  # a cycle
    with pytest.raises(NotAnAnswer):
        encode(root)
