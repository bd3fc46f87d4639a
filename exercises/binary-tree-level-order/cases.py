from interview_app.core.judge.values import random_tree, tree


def _case(name, levels):
    return {"name": name, "args": [tree(levels)]}


def visible():
    return [
        _case("example", [8, 4, 6, None, -1, 0, 9, None, None, 2]),
        _case("a full tree of seven", [1, 2, 3, 4, 5, 6, 7]),
        _case("a single node", [5]),
    ]


def hidden(rng):
    a, b, c, d, e = (int(v) - 100 for v in rng.choice(201, size=5, replace=False))
    return [
        _case("empty tree", []),
        _case("one node", random_tree(rng, 1)),
        # Cousins: the first parent has only a right child, the second only a left one; all
        # values differ, so a floor read in the wrong order cannot look right.
        _case("cousins on one floor", [a, b, c, None, d, e]),
        _case("random, 15 nodes", random_tree(rng, 15)),
        _case("random, 300 nodes", random_tree(rng, 300)),
        _case("random, 10^4 nodes", random_tree(rng, 10_000)),
        _case("leans left (deep)", random_tree(rng, 600, chain=0.9, side=0)),
        _case("zig-zag path", random_tree(rng, 400, chain=0.95)),
        _case("right chain of 2000 nodes", random_tree(rng, 2000, chain=1.0, side=1)),
    ]
