-- No window functions: an employee is a high earner when fewer than three distinct
-- salaries in the same department are higher than theirs.
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
WHERE (
    SELECT COUNT(DISTINCT other.salary)
    FROM employees AS other
    WHERE other.department_id = e.department_id AND other.salary > e.salary
) < 3;
