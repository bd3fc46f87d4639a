"""The code judge: exercises as data, a sandboxed worker that runs submissions, and checkers.

Executor (sandbox/), grader (grader.py) and checkers (checkers.py) are kept apart.
"""
