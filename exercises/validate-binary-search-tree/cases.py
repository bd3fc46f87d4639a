"""Trees are built here as dicts {key: [left_key, right_key]} and sent as level-order lists."""

from interview_app.core.judge.values import tree

LIMIT = 10**9


def _insert_all(keys):
    """The search tree of the keys inserted in order (iteratively, so long chains are fine)."""
    root, kids = keys[0], {keys[0]: [None, None]}
    for key in keys[1:]:
        node = root
        while True:
            side = 0 if key < node else 1
            if kids[node][side] is None:
                kids[node][side] = key
                kids[key] = [None, None]
                break
            node = kids[node][side]
    return root, kids


def _levels(root, kids):
    out, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        out.append(node)
        if node is not None:
            queue += kids[node]
    while out and out[-1] is None:
        out.pop()
    return out


def _keys(rng, n, span=LIMIT):
    return [int(v) for v in rng.choice(2 * span + 1, size=n, replace=False) - span]


def _bounds(root, kids):
    """Each key's open interval (low, high) from its ancestors; None for unbounded."""
    bounds, stack = {}, [(root, None, None)]
    while stack:
        key, low, high = stack.pop()
        bounds[key] = (low, high)
        left, right = kids[key]
        if left is not None:
            stack.append((left, low, key))
        if right is not None:
            stack.append((right, key, high))
    return bounds


def _far_right_of_left(kids, g):
    """The largest key of g's left subtree (it has no right child)."""
    node = kids[g][0]
    while kids[node][1] is not None:
        node = kids[node][1]
    return node


def _ancestor_breaker(rng, n, duplicate):
    """A valid tree plus one leaf hung under the largest key r of some g's left subtree. The
    leaf is larger than r (so its parent is happy) but at least g, breaking g's bound; g is
    not the root and the leaf stays on g's side of the root. With `duplicate`, the leaf equals
    g, so only the strictness of the rule rejects it."""
    while True:
        root, kids = _insert_all(_keys(rng, n))
        bounds = _bounds(root, kids)
        options = []
        for g in kids:
            if g == root or kids[g][0] is None:
                continue
            high = bounds[g][1]
            top = LIMIT if high is None else high - 1
            if duplicate or top > g + 1:
                options.append(g)
        if not options:
            continue
        g = options[int(rng.integers(0, len(options)))]
        r = _far_right_of_left(kids, g)
        if duplicate:
            leaf = g
        else:
            high = bounds[g][1]
            top = LIMIT if high is None else high - 1
            leaf = int(rng.integers(g + 1, top + 1))
            if leaf in kids:
                continue
        # Hang a placeholder in a copied child table, then write the leaf's key in its place.
        table = {k: list(v) for k, v in kids.items()}
        tag = ("leaf",)
        table[r][1] = tag
        table[tag] = [None, None]
        return [leaf if v == tag else v for v in _levels(root, table)]


def _case(name, levels):
    return {"name": name, "args": [tree(levels)]}


def visible():
    return [
        _case("example", [10, 4, 15, 1, 12]),
        _case("the example repaired", [10, 4, 15, 1, 7]),
        _case("a key equal to its parent", [2, 2]),
    ]


def hidden(rng):
    cases = [_case("empty tree", []), _case("one node", _keys(rng, 1))]
    for name, n in (("random valid tree, 20 keys", 20), ("random valid tree, 10^4 keys", 10**4)):
        root, kids = _insert_all(_keys(rng, n))
        cases.append(_case(name, _levels(root, kids)))
    chain = sorted(_keys(rng, 2000))
    root, kids = _insert_all(chain[::-1] if rng.random() < 0.5 else chain)
    cases.append(_case("a chain of 2000 keys", _levels(root, kids)))
    extreme = [0, -LIMIT, LIMIT]
    cases.append(_case("keys at both ends of the range", extreme))
    cases.append(
        _case("a deep key breaks a grandparent's bound", _ancestor_breaker(rng, 12, False))
    )
    cases.append(
        _case("a key breaks an ancestor's bound (n=3000)", _ancestor_breaker(rng, 3000, False))
    )
    cases.append(_case("a key repeats an ancestor's key", _ancestor_breaker(rng, 12, True)))
    cases.append(_case("a repeated key deep down (n=3000)", _ancestor_breaker(rng, 3000, True)))
    # A tree of the right shape whose keys were shuffled: almost surely invalid.
    root, kids = _insert_all(_keys(rng, 200))
    levels = _levels(root, kids)
    keys = [v for v in levels if v is not None]
    shuffled = iter(keys[int(k)] for k in rng.permutation(len(keys)))
    cases.append(
        _case("keys shuffled in place", [None if v is None else next(shuffled) for v in levels])
    )
    return cases
