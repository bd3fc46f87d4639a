-- Joining the wrong way round (e.id = m.manager_id) pairs each person with their reports instead of their manager.
SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON e.id = m.manager_id
WHERE e.salary > m.salary;
