-- A LEFT JOIN keeps employees with no department (with a NULL department name).
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees e LEFT JOIN departments d ON d.id = e.department_id
QUALIFY DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) <= 3;
