"""Departments and employees: the worked example, then random companies with the cases that
catch the classic mistakes (ties at the cut, fewer than three salaries, people without a
department, an empty department, a department name shared by none)."""

import numpy as np

DEPARTMENTS = [["id", "INTEGER"], ["name", "VARCHAR"]]
EMPLOYEES = [
    ["id", "INTEGER"],
    ["name", "VARCHAR"],
    ["salary", "INTEGER"],
    ["department_id", "INTEGER"],
]
NAMES = ["Ada", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
DEPARTMENT_NAMES = ["IT", "Sales", "Finance", "Legal", "Ops", "Research", "Support"]


def _tables(departments, employees):
    return {
        "departments": {"columns": DEPARTMENTS, "rows": departments},
        "employees": {"columns": EMPLOYEES, "rows": employees},
    }


def visible():
    departments = [[1, "Platform"], [2, "Growth"]]
    employees = [
        [1, "Noor", 124000, 1], [2, "Tomas", 98000, 2], [3, "Ines", 71000, 2],
        [4, "Priya", 131000, 1], [5, "Malik", 102000, 1], [6, "Wen", 124000, 1],
        [7, "Olga", 109000, 1], [8, "Bruno", 150000, None],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(departments, employees)]}]


def _company(rng, n_departments, n_people, levels):
    departments = [[i + 1, DEPARTMENT_NAMES[i]] for i in range(n_departments)]
    salaries = sorted(rng.choice(np.arange(40, 160) * 1000, size=levels, replace=False))
    employees = []
    for person in range(n_people):
        department = int(rng.integers(1, n_departments + 2))  # one past the end: no department
        name = f"{NAMES[person % len(NAMES)]} {person}"
        salary = int(rng.choice(salaries))
        employees.append(
            [person + 1, name, salary, department if department <= n_departments else None]
        )
    return departments, employees


def hidden(rng):
    cases = []
    for i in range(6):
        departments, employees = _company(
            rng, int(rng.integers(2, 6)), int(rng.integers(8, 40)), int(rng.integers(3, 7))
        )
        # A tie at the top and at the third place, so ROW_NUMBER and RANK both go wrong.
        dept = departments[0][0]
        employees += [
            [900 + i * 10, "Top A", 200000, dept], [901 + i * 10, "Top B", 200000, dept],
            [902 + i * 10, "Mid", 150000, dept], [903 + i * 10, "Third A", 120000, dept],
            [904 + i * 10, "Third B", 120000, dept], [905 + i * 10, "Fourth", 110000, dept],
            [906 + i * 10, "Nobody", 250000, None],
        ]  # fmt: skip
        cases.append({"name": f"random company {i + 1}", "args": [_tables(departments, employees)]})
    few = [[1, "Tiny"], [2, "Empty"]]
    cases.append({"name": "fewer than three salaries, and an empty department",
                  "args": [_tables(few, [[1, "Solo", 50000, 1], [2, "Pair", 50000, 1], [3, "Low", 10, 1]])]})  # fmt: skip
    cases.append({"name": "no employees at all", "args": [_tables([[1, "IT"]], [])]})
    return cases
