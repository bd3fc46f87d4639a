"""SQL exercises: graded on DuckDB inside the sandboxed worker, with its own locks."""

from __future__ import annotations

import pytest

from interview_app.core.judge.inprocess import run_trusted

from .judge_fixtures import EXERCISES

SQL = sorted(i for i, e in EXERCISES.items() if e.kind == "sql")
CONTRACT = "department-top-three-salaries"


def test_the_contract_exercise_is_sql() -> None:
    assert CONTRACT in SQL
    assert EXERCISES[CONTRACT].summary()["kind"] == "sql"
    schema = EXERCISES[CONTRACT].schema()
    assert [c for c, _ in schema["employees"]] == ["id", "name", "salary", "department_id"]


@pytest.mark.parametrize("exercise_id", SQL)
def test_references_agree_and_wrong_queries_fail_on_every_seed(exercise_id: str) -> None:
    exercise = EXERCISES[exercise_id]
    assert len(exercise.alternatives()) >= 2 and len(exercise.wrong_solutions()) >= 2
    for seed in range(20):
        for path in exercise.alternatives():
            problems = [p for _, p in run_trusted(exercise, path.read_text(), seed) if p]
            assert not problems, (path.name, seed, problems[:1])
        for path in exercise.wrong_solutions():
            problems = [p for _, p in run_trusted(exercise, path.read_text(), seed) if p]
            assert problems, (path.name, seed, "a known-wrong query passed")


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
