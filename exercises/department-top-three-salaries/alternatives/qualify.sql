SELECT d.name AS department, e.name AS employee, e.salary
FROM employees e
INNER JOIN departments d ON e.department_id = d.id
QUALIFY DENSE_RANK() OVER (PARTITION BY d.id ORDER BY e.salary DESC) <= 3;
