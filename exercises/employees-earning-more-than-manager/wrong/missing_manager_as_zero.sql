-- Treating a missing manager (or a manager's unknown salary) as a salary of 0 reports people who have no manager to compare with.
SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
LEFT JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary > COALESCE(m.salary, 0);
