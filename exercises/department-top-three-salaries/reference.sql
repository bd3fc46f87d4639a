WITH ranked AS (
    SELECT
        e.name AS employee,
        e.salary,
        e.department_id,
        DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS place
    FROM employees AS e
    WHERE e.department_id IS NOT NULL
)
SELECT d.name AS department, r.employee, r.salary
FROM ranked AS r
JOIN departments AS d ON d.id = r.department_id
WHERE r.place <= 3;
