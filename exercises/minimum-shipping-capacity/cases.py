def _weights(rng, n, low=1, high=500):
    return [int(w) for w in rng.integers(low, high + 1, size=n)]


def _case(name, weights, days):
    return {"name": name, "args": [weights, days]}


def visible():
    return [
        _case("example", [4, 2, 7, 3, 1, 5], 3),
        _case("one parcel a day", [6, 6, 6, 6], 4),
        _case("everything in one day", [5, 1, 9, 2], 1),
    ]


def hidden(rng):
    w = int(rng.integers(1, 501))
    cases = [_case("a single parcel", [w], 1)]
    # Light parcels first, one heavy parcel later, a day for each parcel: the answer is the
    # heavy parcel, and a search that starts below it must not stop there.
    n = int(rng.integers(20, 200))
    light = [1, *_weights(rng, n - 1, 1, 5)]
    light[int(rng.integers(n // 2, n))] = int(rng.integers(400, 501))
    cases.append(_case("one heavy parcel, a day per parcel", light, n))
    # Equal parcels that fill every day exactly.
    w, per_day, days = int(rng.integers(1, 40)), int(rng.integers(2, 11)), int(rng.integers(2, 60))
    cases.append(_case("equal parcels, every day exactly full", [w] * (per_day * days), days))
    # One parcel more than the days: two must share a day, which an even split hides.
    w, days = int(rng.integers(50, 501)), int(rng.integers(2, 30))
    cases.append(_case("equal parcels, one more than the days", [w] * (days + 1), days))
    weights = _weights(rng, 300)
    cases.append(_case("a single day carries everything", weights, 1))
    weights = _weights(rng, 300)
    cases.append(_case("a day for every parcel", weights, 300))
    for k, n in enumerate([12, 400, 5000]):
        weights = _weights(rng, n)
        days = int(rng.integers(2, max(3, n // 3)))
        cases.append(_case(f"random {k + 1} (n={n})", weights, days))
    weights = _weights(rng, 50_000)
    cases.append(_case("50,000 parcels, few days", weights, int(rng.integers(2, 20))))
    weights = _weights(rng, 50_000, 1, 10)
    cases.append(_case("50,000 light parcels, many days", weights, int(rng.integers(500, 20_000))))
    return cases
