-- No join: the manager's salary and name come from correlated scalar subqueries, and the
-- comparison with a missing manager or salary is NULL, which WHERE rejects.
WITH paired AS (
    SELECT
        e.name AS employee,
        e.salary,
        (SELECT m.name FROM employees AS m WHERE m.id = e.manager_id) AS manager,
        (SELECT m.salary FROM employees AS m WHERE m.id = e.manager_id) AS manager_salary
    FROM employees AS e
)
SELECT employee, salary, manager, manager_salary
FROM paired
WHERE salary > manager_salary;
