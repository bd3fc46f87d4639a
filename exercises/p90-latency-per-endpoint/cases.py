"""Request latencies per endpoint: the worked example, then random traffic plus the cases that
catch the classic mistakes (ten measured values, so the percentile falls between two of them,
with one very slow request; timed-out requests; an endpoint that never answered; a single
measurement; eleven values, so the position is a whole number)."""

REQUESTS = [["request_id", "INTEGER"], ["endpoint", "VARCHAR"], ["latency_ms", "INTEGER"]]
ENDPOINTS = ["/cart", "/orders", "/profile", "/feed", "/upload", "/payments"]
TAIL = [12, 15, 18, 20, 22, 25, 30, 41, 60, 900]


def _tables(rows):
    return {"requests": {"columns": REQUESTS, "rows": rows}}


def visible():
    body = [["/search", v] for v in TAIL] + [
        ["/search", None], ["/login", 80], ["/login", None], ["/export", None],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(_numbered(body))]}]


def _numbered(body):
    return [[k + 1, *row] for k, row in enumerate(body)]


def _awkward():
    """Between two values with an outlier; whole-number position; one value; nothing."""
    rows = [["/checkout", v] for v in TAIL] + [["/checkout", None], ["/checkout", None]]
    rows += [["/stream", v] for v in (5, 7, 7, 9, 11, 13, 13, 16, 20, 31, 250)]
    rows += [["/ping", 3], ["/ping", None], ["/report", None], ["/report", None]]
    return rows


def hidden(rng):
    cases = []
    for i in range(6):
        body = []
        for endpoint in ENDPOINTS[: int(rng.integers(2, len(ENDPOINTS) + 1))]:
            for _ in range(int(rng.integers(1, 30))):
                timed_out = rng.random() < 0.1
                body.append([endpoint, None if timed_out else int(rng.lognormal(4, 1)) + 1])
        body += _awkward()
        rng.shuffle(body)
        cases.append({"name": f"random traffic {i + 1}", "args": [_tables(_numbered(body))]})
    cases.append({"name": "no requests at all", "args": [_tables([])]})
    return cases
