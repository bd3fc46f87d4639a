class LRUCache:
    """At most `capacity` keys; the least recently used one is evicted first; O(1) per call."""

    def __init__(self, capacity: int) -> None:
        raise NotImplementedError

    def get(self, key: int) -> int:
        raise NotImplementedError

    def put(self, key: int, value: int) -> None:
        raise NotImplementedError
