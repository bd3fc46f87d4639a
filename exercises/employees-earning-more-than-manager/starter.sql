-- employees(id, name, salary, manager_id)
-- Return: employee, salary, manager, manager_salary for everyone paid more than their manager.
SELECT
    NULL AS employee,
    NULL AS salary,
    NULL AS manager,
    NULL AS manager_salary
WHERE FALSE;
