"""SQL exercises: graded on DuckDB inside the sandboxed worker, with its own locks."""

from __future__ import annotations

import pytest

from .judge_fixtures import EXERCISES

SQL = sorted(i for i, e in EXERCISES.items() if e.kind == "sql")
CONTRACT = "department-top-three-salaries"


def test_the_contract_exercise_is_sql() -> None:
    assert CONTRACT in SQL
    assert EXERCISES[CONTRACT].summary()["kind"] == "sql"
    schema = EXERCISES[CONTRACT].schema()
    assert [c for c, _ in schema["employees"]] == ["id", "name", "salary", "department_id"]


def test_every_sql_exercise_has_two_references_and_two_known_mistakes() -> None:
    """Whether they agree and fail on every seed is swept, SQL with the rest, by
    tests/test_exercise_fairness.py (known mistakes caught by the hidden tables alone)."""
    for exercise_id in SQL:
        exercise = EXERCISES[exercise_id]
        assert len(exercise.alternatives()) >= 2 and len(exercise.wrong_solutions()) >= 2


@pytest.mark.parametrize(
    ("query", "verdict"),
    [
        ("REFERENCE", "accepted"),
        ("select * from read_csv('/etc/passwd')", "runtime_error"),
        ("SET enable_external_access = true", "compile_error"),
        ("select 1; drop table employees", "compile_error"),
        ("ATTACH 'elsewhere.db'", "compile_error"),
        ("COPY employees TO 'out.csv'", "compile_error"),
        ("INSTALL httpfs", "compile_error"),
        ("selec 1", "compile_error"),
        ("with recursive r(n) as (select 1 union all select n + 1 from r) select count(*) from r",
         "time_limit_exceeded"),
        ("select string_agg(repeat('x', 1000000), ',') from range(1000)", "memory_limit_exceeded"),
        ("select * from range(20000)", "output_limit_exceeded"),
    ],
)  # fmt: skip
def test_queries_get_their_verdicts_in_the_sandbox(judge, query: str, verdict: str) -> None:
    exercise = EXERCISES[CONTRACT]
    source = exercise.reference_source if query == "REFERENCE" else query
    judge.wait_warm()
    warm = judge.warm_pid()
    result = judge.grade(exercise, source, visible_only=verdict != "accepted", seed=5)
    assert result.verdict.value == verdict, result.message[:300]
    assert judge.last_served_by == warm, "SQL is served by the pre-started worker too"
