def coin_change(coins: list[int], amount: int) -> int:
    """Fewest coins (unlimited supply of each value) summing to amount, or -1 if impossible."""
    raise NotImplementedError
