"""One call's result: None where None is expected (the constructor, add_num), otherwise a
number within 1e-9 of the median, so 2 and 2.0 both pass."""

from interview_app.core.judge.checkers import check_allclose, check_exact


def check(expected, got, case=None):
    if expected is None:
        return check_exact(expected, got)
    return check_allclose(expected, got, rtol=1e-9, atol=1e-9)
