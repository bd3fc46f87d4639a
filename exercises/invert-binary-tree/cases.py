from interview_app.core.judge.values import random_tree, tree


def visible():
    return [
        {"name": "example", "args": [tree([4, 2, 7, 1, 3, 6, 9])]},
        {"name": "lopsided tree", "args": [tree([1, 2, None, 3, 4, None, None, 5])]},
        {"name": "empty tree", "args": [tree([])]},
    ]


def hidden(rng):
    return [
        {"name": "empty tree", "args": [tree([])]},
        {"name": "one node", "args": [tree(random_tree(rng, 1))]},
        {"name": "two nodes", "args": [tree(random_tree(rng, 2))]},
        {"name": "random, 12 nodes", "args": [tree(random_tree(rng, 12))]},
        {"name": "random, 300 nodes", "args": [tree(random_tree(rng, 300))]},
        {"name": "random, 10^4 nodes", "args": [tree(random_tree(rng, 10_000))]},
        {"name": "leans left (deep)", "args": [tree(random_tree(rng, 400, chain=0.9, side=0))]},
        {"name": "zig-zag path", "args": [tree(random_tree(rng, 300, chain=0.95))]},
        {
            "name": "right chain of 499 nodes",
            "args": [tree(random_tree(rng, 499, chain=1.0, side=1))],
        },
    ]
