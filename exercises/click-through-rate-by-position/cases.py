"""Ad impressions and clicks: the worked example, then random pages plus the cases that catch
the classic mistakes (a double-clicked impression, a position nobody clicked, rates strictly
between 0 and 1, clicks on unknown or missing impressions)."""

import datetime as dt

IMPRESSIONS = [["impression_id", "INTEGER"], ["ad_id", "INTEGER"], ["position", "INTEGER"]]
CLICKS = [["impression_id", "INTEGER"], ["clicked_at", "TIMESTAMP"]]


def _tables(impressions, clicks):
    return {
        "impressions": {"columns": IMPRESSIONS, "rows": impressions},
        "clicks": {"columns": CLICKS, "rows": clicks},
    }


def visible():
    impressions = [[1, 10, 1], [2, 11, 1], [3, 10, 1], [4, 12, 2], [5, 11, 2], [6, 10, 3]]
    clicks = [
        [1, "2026-03-01 10:00:05"], [1, "2026-03-01 10:00:06"], [3, "2026-03-01 11:30:00"],
        [4, "2026-03-01 12:00:00"], [42, "2026-03-01 12:10:00"], [None, "2026-03-01 12:20:00"],
    ]  # fmt: skip
    return [{"name": "the worked example", "args": [_tables(impressions, clicks)]}]


def _text(moment):
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _random_log(rng, n_impressions):
    start = dt.datetime(2026, 2, 27)
    impressions, clicks = [], []
    for k in range(1, n_impressions + 1):
        position = int(rng.integers(1, 6))
        impressions.append([k, int(rng.integers(100, 110)), position])
        if rng.random() < 0.6 / position:
            moment = start + dt.timedelta(seconds=int(rng.integers(0, 4 * 86400)))
            for repeat in range(int(rng.choice([1, 1, 1, 2, 3]))):
                clicks.append([k, _text(moment + dt.timedelta(seconds=repeat))])
    return impressions, clicks


def _awkward():
    """Position 2: one of three clicked, twice; position 7: never clicked; stray clicks."""
    impressions = [[901, 200, 2], [902, 201, 2], [903, 202, 2], [904, 203, 7], [905, 204, 7]]
    clicks = [
        [901, "2026-03-02 09:00:00"], [901, "2026-03-02 09:00:01"], [999, "2026-03-02 09:05:00"],
        [None, "2026-03-02 09:06:00"], [None, "2026-03-02 09:07:00"],
    ]  # fmt: skip
    return impressions, clicks


def hidden(rng):
    cases = []
    for i in range(6):
        impressions, clicks = _random_log(rng, int(rng.integers(5, 40)))
        extra_i, extra_c = _awkward()
        impressions += extra_i
        clicks += extra_c
        rng.shuffle(impressions)
        rng.shuffle(clicks)
        cases.append({"name": f"random ad log {i + 1}", "args": [_tables(impressions, clicks)]})
    cases.append({"name": "no clicks at all", "args": [_tables([[1, 5, 1], [2, 5, 4]], [])]})
    cases.append({"name": "no impressions at all", "args": [_tables([], [[1, "2026-03-01"]])]})
    return cases
