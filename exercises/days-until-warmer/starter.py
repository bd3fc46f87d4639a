def days_until_warmer(temps: list[int]) -> list[int]:
    """For each day, the number of days until a strictly warmer one (0 if there is none)."""
    raise NotImplementedError
