from interview_app.core.judge.values import tree


def _random_tree(rng, n, chain=0.0, side=None):
    """Level-order list of a random binary tree with n nodes.

    With probability `chain` a new node hangs under the previous one (on `side` if given),
    which makes long paths; otherwise it takes a uniformly random free slot.
    """
    if n == 0:
        return []
    children = [[None, None]]
    free = [(0, 0), (0, 1)]
    for new in range(1, n):
        if rng.random() < chain:
            pick = len(free) - 2 + (side if side is not None else int(rng.integers(0, 2)))
        else:
            pick = int(rng.integers(0, len(free)))
        free[pick], free[-1] = free[-1], free[pick]
        parent, slot = free.pop()
        children[parent][slot] = new
        children.append([None, None])
        free += [(new, 0), (new, 1)]
    values = [int(v) for v in rng.integers(-100, 101, size=n)]
    out, queue, head = [], [0], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        out.append(values[node])
        queue += children[node]
    while out[-1] is None:
        out.pop()
    return out


def visible():
    return [
        {"name": "example", "args": [tree([4, 2, 7, 1, 3, 6, 9])]},
        {"name": "lopsided tree", "args": [tree([1, 2, None, 3, 4, None, None, 5])]},
        {"name": "empty tree", "args": [tree([])]},
    ]


def hidden(rng):
    return [
        {"name": "empty tree", "args": [tree([])]},
        {"name": "one node", "args": [tree(_random_tree(rng, 1))]},
        {"name": "two nodes", "args": [tree(_random_tree(rng, 2))]},
        {"name": "random, 12 nodes", "args": [tree(_random_tree(rng, 12))]},
        {"name": "random, 300 nodes", "args": [tree(_random_tree(rng, 300))]},
        {"name": "random, 10^4 nodes", "args": [tree(_random_tree(rng, 10_000))]},
        {"name": "leans left (deep)", "args": [tree(_random_tree(rng, 400, chain=0.9, side=0))]},
        {"name": "zig-zag path", "args": [tree(_random_tree(rng, 300, chain=0.95))]},
        {
            "name": "right chain of 499 nodes",
            "args": [tree(_random_tree(rng, 499, chain=1.0, side=1))],
        },
    ]
