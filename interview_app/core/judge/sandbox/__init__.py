"""Code that runs inside the sandboxed worker process. Modules here import only the standard
library and NumPy (never interview_app), because the worker starts with `python -I` and
sees nothing else."""
