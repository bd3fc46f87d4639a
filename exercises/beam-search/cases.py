import numpy as np


def _log(p):
    return np.log(np.array(p, dtype=float))


def visible():
    start = _log([0.5, 0.3, 0.1, 0.1])
    trans = _log([[0.1, 0.1, 0.4, 0.4], [0.1, 0.1, 0.1, 0.7], [0.3, 0.2, 0.2, 0.3], [0.25] * 4])
    return [
        {"name": "the worked example (width 2)", "args": [start, trans, 3, 2, 3]},
        {
            "name": "length normalisation, alpha = 0.5",
            "args": [start, trans, 3, 3, 4],
            "kwargs": {"alpha": 0.5},
        },
        {"name": "width 1 is greedy decoding", "args": [start, trans, 3, 1, 3]},
    ]


def _log_softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def _well_separated(start, trans, end, width, max_len, alpha, rel=1e-9):
    """Whether every ranking decision has a clear margin: exact ties (equal terms) are fine."""
    beams = [((t,), float(start[t])) for t in range(len(start))]
    for step in range(max_len):
        if step:
            pool = []
            for seq, total in beams:
                if seq[-1] == end:
                    pool.append((seq, total))
                else:
                    pool.extend(
                        ((*seq, t), total + float(trans[seq[-1], t])) for t in range(len(start))
                    )
            beams = pool
        scored = sorted(beams, key=lambda c: -c[1] / len(c[0]) ** alpha)
        ranks = np.array([c[1] / len(c[0]) ** alpha for c in scored[: width + 1]])
        gaps = -np.diff(ranks)
        if np.any((gaps > 0) & (gaps <= rel * (1.0 + np.abs(ranks[1:])))):
            return False
        beams = scored[:width]
    return True


def _random(rng, name, v, width, max_len, alpha=0.0, scale=1.5, end_bias=0.0):
    end = int(rng.integers(v))
    while True:
        logits = rng.normal(scale=scale, size=(v + 1, v))
        logits[:, end] += end_bias
        table = _log_softmax(logits)
        start, trans = table[0], table[1:]
        if _well_separated(start, trans, end, width, max_len, alpha):
            break
    return {"name": name, "args": [start, trans, end, width, max_len], "kwargs": {"alpha": alpha}}


def _separated(rng, make):
    """Redraws make(rng) -> case until no ranking decision is a near-tie."""
    while True:
        case = make(rng)
        start, trans, end, width, max_len = case["args"]
        if _well_separated(start, trans, end, width, max_len, case["kwargs"]["alpha"]):
            return case


def _garden_path(rng):
    """Token a starts best but every continuation of it is weak; token b has two strong ones.

    Keeping each beam's own best continuation keeps a sequence starting with a; the real search
    drops a at step 2 (x and y tie exactly there, which the lexicographic rule settles).
    """
    v = 7
    a, b, x, y, end = (int(t) for t in rng.permutation(v)[:5])
    start = np.full(v, 0.35 / (v - 2))
    start[a], start[b] = 0.35, 0.3
    trans = rng.dirichlet(np.full(v, 2.0), size=v)
    trans[a] = rng.dirichlet(np.full(v, 50.0))  # flat: no continuation above about 0.2
    trans[b] = 0.1 / (v - 2)
    trans[b, x] = trans[b, y] = 0.45
    args = [np.log(start), np.log(trans), end, 2, 3]
    return {"name": "the best first token is a dead end", "args": args, "kwargs": {"alpha": 0.0}}


def _early_finish(rng):
    """The end token is the most likely first token, and likely after every token."""
    v = 6
    end = int(rng.integers(v))
    logits = rng.normal(scale=0.5, size=(v + 1, v))
    logits[:, end] += 2.5
    logits[0, end] = logits[0].max() + 1.0
    table = _log_softmax(logits)
    args = [table[0], table[1:], end, 3, 5]
    return {"name": "beams finish early and stay finished", "args": args, "kwargs": {"alpha": 0.0}}


def _ties(rng, max_len):
    """Dyadic scores, so totals are exact and equal totals are true ties (lexicographic rule)."""
    v = 6
    start = np.full(v, -1.0)
    trans = -rng.choice([0.5, 1.0, 1.5, 2.0], size=(v, v))
    end = int(rng.integers(v))
    return {
        "name": f"exact ties everywhere (equal first tokens, max_len {max_len})",
        "args": [start, trans, end, 3, max_len],
    }


def hidden(rng):
    return [
        _random(rng, "V = 8, width 3, max_len 6", 8, 3, 6),
        _random(rng, "V = 20, width 5, max_len 8, alpha = 0.7", 20, 5, 8, alpha=0.7),
        _random(rng, "end token common, alpha = 1", 10, 4, 7, alpha=1.0, end_bias=1.5),
        _random(rng, "width 1 (greedy)", 12, 1, 6),
        _random(rng, "width = V", 5, 5, 4, alpha=0.5),
        _random(rng, "max_len 1 (only the first token)", 9, 4, 1),
        _random(rng, "peaked tables, long search", 15, 3, 12, scale=3.0, end_bias=0.5),
        _separated(rng, _garden_path),
        _separated(rng, _early_finish),
        _ties(rng, 1),
        _ties(rng, 4),
    ]
