from interview_app.core.judge.values import random_tree, tree


def visible():
    return [
        {"name": "example", "args": [tree([3, 9, 20, None, None, 15, 7])]},
        {"name": "the deepest leaf is on the right", "args": [tree([1, None, 2, None, 3])]},
        {"name": "a single node", "args": [tree([5])]},
    ]


def hidden(rng):
    return [
        {"name": "empty tree", "args": [tree([])]},
        {"name": "one node", "args": [tree(random_tree(rng, 1))]},
        {"name": "random, 15 nodes", "args": [tree(random_tree(rng, 15))]},
        {"name": "random, 200 nodes", "args": [tree(random_tree(rng, 200))]},
        {"name": "random, 10^4 nodes", "args": [tree(random_tree(rng, 10_000))]},
        {"name": "leans right (deep)", "args": [tree(random_tree(rng, 400, chain=0.9, side=1))]},
        {"name": "leans left (deep)", "args": [tree(random_tree(rng, 400, chain=0.9, side=0))]},
        {"name": "zig-zag path", "args": [tree(random_tree(rng, 300, chain=0.95))]},
        {
            "name": "right chain of 499 nodes",
            "args": [tree(random_tree(rng, 499, chain=1.0, side=1))],
        },
    ]
