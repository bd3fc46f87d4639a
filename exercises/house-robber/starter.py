def max_pay(pay: list[int]) -> int:
    """Largest total of pay[i] over a set of days with no two consecutive days."""
    raise NotImplementedError
