from interview_app.core.judge.values import random_tree, tree


def _relabel(rng, levels):
    """The same shape with unique badge numbers."""
    n = sum(v is not None for v in levels)
    keys = iter(int(v) for v in rng.choice(2 * 10**9 + 1, size=n, replace=False) - 10**9)
    return [None if v is None else next(keys) for v in levels]


def _children(levels):
    """Key -> [left key, right key] (None for no child), read off the level-order list."""
    kids = {levels[0]: [None, None]}
    queue, head, i = [levels[0]], 0, 1
    while i < len(levels):
        node = queue[head]
        head += 1
        for slot in range(2):
            if i < len(levels) and levels[i] is not None:
                kids[node][slot] = levels[i]
                kids[levels[i]] = [None, None]
                queue.append(levels[i])
            i += 1
    return kids


def _parents(kids):
    parent = {}
    for key, pair in kids.items():
        for child in pair:
            if child is not None:
                parent[child] = key
    return parent


def _lca(parent, p, q):
    above, key = set(), p
    while key is not None:
        above.add(key)
        key = parent.get(key)
    while q not in above:
        q = parent[q]
    return q


def _search_rule(kids, root, p, q):
    """What walking down by the search-tree rule returns."""
    node = root
    while True:
        left, right = kids[node]
        if p < node and q < node and left is not None:
            node = left
        elif p > node and q > node and right is not None:
            node = right
        else:
            return node


def _pair(rng, levels, kind):
    """`split`: the answer is neither key, and the search-tree walk gets it wrong.
    `above`: one key manages the other, and the answer is not the root."""
    kids = _children(levels)
    parent = _parents(kids)
    keys = list(kids)
    for _ in range(10_000):
        p, q = (keys[int(k)] for k in rng.choice(len(keys), size=2, replace=False))
        answer = _lca(parent, p, q)
        misled = _search_rule(kids, levels[0], p, q) != answer
        if kind == "split" and answer not in (p, q) and misled:
            return p, q
        if kind == "above" and answer in (p, q) and answer in parent:
            return (p, q) if rng.random() < 0.5 else (q, p)
    return None


def _case(rng, name, n, kind, chain=0.0, side=None):
    while True:
        levels = _relabel(rng, random_tree(rng, n, chain=chain, side=side))
        pair = _pair(rng, levels, kind)
        if pair is not None:
            return {"name": name, "args": [tree(levels), *pair]}


def visible():
    example = [40, 7, 12, 55, 3, 90, 8, None, None, 21, 64]
    return [
        {"name": "example: cousins", "args": [tree(example), 55, 64]},
        {"name": "example: one manages the other", "args": [tree(example), 3, 64]},
        {"name": "example: only the root is shared", "args": [tree(example), 21, 8]},
    ]


def hidden(rng):
    single = _relabel(rng, [0])
    levels = _relabel(rng, random_tree(rng, 30))
    any_key = next(v for v in levels if v is not None)
    return [
        {"name": "one node, asked twice", "args": [tree(single), single[0], single[0]]},
        {"name": "the same employee twice", "args": [tree(levels), any_key, any_key]},
        _case(rng, "small tree, split pair", 12, "split"),
        _case(rng, "small tree, one manages the other", 12, "above"),
        _case(rng, "10^4 nodes, split pair", 10**4, "split"),
        _case(rng, "10^4 nodes, one manages the other", 10**4, "above"),
        _case(rng, "deep zig-zag tree, split pair", 1500, "split", chain=0.97),
        _case(rng, "a near-chain of 2000, one above the other", 2000, "above", 0.999, 1),
    ]
