"""Report windows and sign-ups: the worked example, then random windows across month and year
ends (and a leap day) plus the cases that catch the classic mistakes (an empty day inside the
window, a form submitted twice, a sign-up in the afternoon of the first day, sign-ups one
second either side of the window), a one-day window and a window nobody signed up in."""

import datetime as dt

REPORT = [["start_day", "DATE"], ["end_day", "DATE"]]
SIGNUPS = [["user_id", "INTEGER"], ["signed_up_at", "TIMESTAMP"]]
STARTS = [dt.date(2025, 12, 20), dt.date(2024, 2, 20), dt.date(2026, 3, 25), dt.date(2025, 6, 27)]


def _tables(start, end, rows):
    return {
        "report": {"columns": REPORT, "rows": [[str(start), str(end)]]},
        "signups": {"columns": SIGNUPS, "rows": rows},
    }


def visible():
    rows = [
        [1, "2025-12-29 23:59:59"], [2, "2025-12-30 00:00:00"], [3, "2025-12-30 14:00:00"],
        [3, "2025-12-30 14:00:05"], [4, "2026-01-01 09:00:00"], [5, "2026-01-03 23:59:59"],
        [6, "2026-01-04 00:00:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables("2025-12-30", "2026-01-03", rows)]}]


def _at(day, seconds):
    moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
    return str(moment)


def _random_window(rng, start, length):
    end = start + dt.timedelta(days=length - 1)
    empty = start + dt.timedelta(days=2)  # always inside: length >= 4
    rows = []
    user = 1
    for offset in range(-3, length + 3):
        day = start + dt.timedelta(days=offset)
        if day == empty:
            continue
        for _ in range(int(rng.integers(0, 4))):
            rows.append([user, _at(day, int(rng.integers(0, 86400)))])
            user += 1
    rows += [
        [5000, _at(start, 15 * 3600)],
        [5000, _at(start, 15 * 3600 + 4)],  # a repeated form
        [5001, _at(start - dt.timedelta(days=1), 86399)],
        [5002, _at(end, 86399)],
        [5003, _at(end + dt.timedelta(days=1), 0)],
    ]
    return end, rows


def hidden(rng):
    cases = []
    for i in range(6):
        start = STARTS[i % len(STARTS)] + dt.timedelta(days=int(rng.integers(0, 8)))
        end, rows = _random_window(rng, start, int(rng.integers(4, 30)))
        rng.shuffle(rows)
        cases.append({"name": f"random window {i + 1}", "args": [_tables(start, end, rows)]})
    day = dt.date(2024, 2, 29)
    one = [[1, "2024-02-29 08:00:00"], [2, "2024-02-29 23:59:59"], [2, "2024-03-01 00:00:00"]]
    cases.append({"name": "a one-day window on a leap day", "args": [_tables(day, day, one)]})
    quiet = [[1, "2026-05-01 10:00:00"]]
    cases.append({"name": "nobody signed up in the window",
                  "args": [_tables("2026-04-27", "2026-04-30", quiet)]})  # fmt: skip
    return cases
