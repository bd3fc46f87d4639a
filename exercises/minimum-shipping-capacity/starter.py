def min_capacity(weights: list[int], days: int) -> int:
    """Smallest capacity that ships the parcels, in order, within `days` days."""
    raise NotImplementedError
