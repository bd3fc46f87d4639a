-- A LATERAL subquery looks up each person's manager row and applies the comparison there;
-- IS NOT NULL tests are spelled out rather than left to NULL logic.
SELECT e.name AS employee, e.salary, boss.name AS manager, boss.salary AS manager_salary
FROM employees AS e,
LATERAL (
    SELECT m.name, m.salary
    FROM employees AS m
    WHERE m.id = e.manager_id
      AND m.salary IS NOT NULL
      AND e.salary IS NOT NULL
      AND e.salary - m.salary > 0
) AS boss;
