"""Runners other than a plain function call: linked lists across the boundary, class-based
exercises played as call sequences, known mistakes named, correct-but-slow code told so."""

from __future__ import annotations

import pytest

from interview_app.core.judge.checkers import build_checker
from interview_app.core.judge.exercises import ExerciseError, load_exercise
from interview_app.core.judge.sandbox.calls import play
from interview_app.core.judge.sandbox.codec import (
    ListNode,
    NotAnAnswer,
    build_linked,
    decode,
    encode,
    linked_values,
)
from interview_app.core.judge.values import linked
from interview_app.core.judge.verdicts import Verdict

from .judge_fixtures import EXERCISES


def test_a_linked_list_crosses_the_boundary_with_its_cycle() -> None:
    head = decode(encode(linked([3, 2, 0, -4], cycle_at=1)))
    nodes = [head, head.next, head.next.next, head.next.next.next]
    assert [n.val for n in nodes] == [3, 2, 0, -4]
    assert nodes[3].next is nodes[1]
    assert decode(encode(linked([]))) is None
    assert linked_values(decode(encode(build_linked([1, 2, 3])))) == [1, 2, 3]


def test_a_returned_cycle_or_foreign_node_is_not_an_answer() -> None:
    with pytest.raises(NotAnAnswer, match="never ends"):
        encode(build_linked([1, 2], cycle_at=0))
    head = ListNode(1)
    head.next = "two"  # type: ignore[assignment]
    with pytest.raises(NotAnAnswer, match="ListNode"):
        encode(head)


def test_linked_lists_are_compared_by_their_values() -> None:
    check = build_checker({"kind": "exact"})
    assert check(build_linked([1, 2]), build_linked([1, 2])) is None
    assert "2 nodes" in check(build_linked([1, 2]), build_linked([1, 2, 3]))
    assert check(None, None) is None
    assert check(None, build_linked([5])).endswith("(0 nodes), got [5] (1 node)")


class Counter:
    def __init__(self, start):
        self.value = start

    def add(self, n):
        self.value += n
        return self.value

    def fail(self):
        raise KeyError("boom")


def test_play_gives_one_result_per_call_and_says_which_call_raised() -> None:
    assert play(Counter, ["Counter", "add", "add"], [[1], [2], [3]]) == [None, 3, 6]
    with pytest.raises(KeyError) as raised:
        play(Counter, ["Counter", "add", "fail"], [[0], [1], []])
    assert "in call 3: fail()" in raised.value.__notes__[0]


def test_the_calls_checker_names_the_first_call_that_differs() -> None:
    check = build_checker({"kind": "calls"})
    case = {"args": [["Counter", "add", "add"], [[1], [2], [3]]], "kwargs": {}}
    assert check([None, 3, 6], [None, 3, 6], case) is None
    assert check([None, 3, 6], [None, 3, 7], case) == "call 3, add(3): expected 6, got 7"


def test_runner_field_is_validated(tmp_path) -> None:
    folder = tmp_path / "bad-runner"
    folder.mkdir()
    source = (EXERCISES["min-stack"].folder / "exercise.toml").read_text(encoding="utf-8")
    (folder / "exercise.toml").write_text(
        source.replace('id = "min-stack"', 'id = "bad-runner"').replace('"calls"', '"steps"', 1)
    )
    for name in ("prompt.md", "starter.py", "reference.py", "cases.py"):
        (folder / name).write_text((EXERCISES["min-stack"].folder / name).read_text())
    with pytest.raises(ExerciseError, match="field 'runner'"):
        load_exercise(folder)


def test_a_class_exercise_is_judged_call_by_call(judge) -> None:
    exercise = EXERCISES["min-stack"]
    wrong = (exercise.folder / "wrong" / "single_minimum.py").read_text()
    judge.wait_warm()
    result = judge.grade(exercise, wrong, seed=3, visible_only=True)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert "call 6, get_min(): expected 3, got 1" in result.message
    assert "common mistake gives: keeps one running minimum" in result.message


def test_a_missing_class_is_a_compile_error(judge) -> None:
    judge.wait_warm()
    result = judge.grade(EXERCISES["min-stack"], "def MinStack2():\n    pass\n", seed=3)
    assert result.verdict is Verdict.COMPILE_ERROR
    assert result.message == "the class MinStack is not defined"
    result = judge.grade(EXERCISES["min-stack"], "def MinStack():\n    pass\n", seed=3)
    assert result.message == "MinStack is not a class"


def test_a_known_mistake_is_named_for_a_function_exercise(judge) -> None:
    exercise = EXERCISES["two-sum"]
    judge.wait_warm()
    source = (exercise.folder / "wrong" / "reversed_order.py").read_text()
    result = judge.grade(exercise, source, seed=3, visible_only=True)
    assert "common mistake gives: returns [j, i]" in result.message


def test_an_unrecognised_wrong_answer_names_no_mistake(judge) -> None:
    judge.wait_warm()
    source = "def two_sum(nums, target):\n    return [0, 0]\n"
    result = judge.grade(EXERCISES["two-sum"], source, seed=3, visible_only=True)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert "common mistake" not in result.message


def test_calls_that_return_nothing_are_compared_exactly_whatever_the_item_checker() -> None:
    check = build_checker({"kind": "calls", "item": {"kind": "allclose"}})
    case = {"args": [["Median", "add", "median"], [[], [1], []]], "kwargs": {}}
    assert check([None, None, 1.0], [None, None, 1], case) is None
    assert check([None, None, 1.0], [None, 3, 1], case).startswith("call 2, add(1):")
