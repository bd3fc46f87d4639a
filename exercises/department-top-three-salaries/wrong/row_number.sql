-- ROW_NUMBER breaks ties: people sharing a salary are cut off at three rows.
SELECT department, employee, salary FROM (
    SELECT d.name AS department, e.name AS employee, e.salary,
           ROW_NUMBER() OVER (PARTITION BY d.id ORDER BY e.salary DESC) AS n
    FROM employees e JOIN departments d ON d.id = e.department_id
) WHERE n <= 3;
