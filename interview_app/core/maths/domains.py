"""Where a question's variables live: the sympy assumptions for each domain, and how sample
points are drawn inside it. Plain Python, no sympy import, so the bank schema can use it."""

from __future__ import annotations

import random

DOMAINS = {
    "real": "any real number",
    "positive": "a real number greater than 0",
    "nonnegative": "a real number, 0 or greater",
    "negative": "a real number less than 0",
    "unit-interval": "a real number strictly between 0 and 1, such as a probability",
}
_ASSUMPTIONS = {
    "real": {"real": True},
    "positive": {"positive": True},
    "nonnegative": {"nonnegative": True},
    "negative": {"negative": True},
    # sympy has no "less than 1"; positive is sound (what holds for all x > 0 holds on (0, 1))
    "unit-interval": {"positive": True},
}


def assumptions(domain: str) -> dict[str, bool]:
    """The sympy Symbol assumptions for `domain` (one of DOMAINS)."""
    return _ASSUMPTIONS[domain]


def contains(domain: str, value: float) -> bool:
    if domain == "positive":
        return value > 0
    if domain == "nonnegative":
        return value >= 0
    if domain == "negative":
        return value < 0
    if domain == "unit-interval":
        return 0 < value < 1
    return True


def draw(domain: str, rng: random.Random, low: float, high: float) -> float:
    """A value of magnitude in [low, high] inside `domain`; in the unit interval, the scales
    become distances from its ends (0.5/low down to 0.5/high), so both ends are probed."""
    if domain == "unit-interval":
        if high <= 1:
            return rng.uniform(0.02, 0.98)
        distance = 0.5 / rng.uniform(low, high)
        return distance if rng.random() < 0.5 else 1 - distance
    magnitude = rng.uniform(low, high)
    if domain in ("positive", "nonnegative"):
        return magnitude
    if domain == "negative":
        return -magnitude
    return magnitude if rng.random() < 0.5 else -magnitude
