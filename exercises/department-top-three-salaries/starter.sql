-- departments(id, name); employees(id, name, salary, department_id)
-- Return: department, employee, salary for the top three distinct salaries per department.
SELECT
    NULL AS department,
    NULL AS employee,
    NULL AS salary
WHERE FALSE;
