"""Call sequences for Trie: a prefix that is not a word, words sharing their first letters, the
empty prefix before and after the first word, random programs over a few letters (many shared
prefixes), and one long program where checking every stored word per prefix is too slow."""

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def visible():
    return [
        {
            "name": "the worked example",
            "args": [
                ["Trie", "insert", "search", "search", "starts_with", "insert", "search", "starts_with"],
                [[], ["apple"], ["apple"], ["app"], ["app"], ["app"], ["app"], ["apt"]],
            ],
        },
        {
            "name": "two words, one letter apart",
            "args": [
                ["Trie", "insert", "insert", "search", "search", "starts_with", "search"],
                [[], ["tea"], ["ten"], ["tea"], ["ten"], ["te"], ["te"]],
            ],
        },
    ]  # fmt: skip


def _word(rng, low, high, letters=LETTERS):
    size = int(rng.integers(low, high + 1))
    return "".join(letters[int(i)] for i in rng.integers(0, len(letters), size=size))


def _prefix_not_word(rng):
    """One long word; its first letters asked as a word (False) and as a prefix (True)."""
    word = _word(rng, 6, 10)
    cut = int(rng.integers(2, len(word) - 1))
    longer = word + _word(rng, 1, 2)
    operations = ["Trie", "insert", "search", "starts_with", "search", "starts_with"]
    operations += ["search", "starts_with", "starts_with"]
    arguments = [[], [word], [word[:cut]], [word[:cut]], [word], [word], [longer], [longer]]
    arguments += [[word[:1]]]
    return [operations, arguments]


def _shared_start(rng):
    """Words that share their first letters, inserted so a second insert must keep the first."""
    stem = _word(rng, 2, 3)
    x, y = (LETTERS[int(i)] for i in rng.choice(26, size=2, replace=False))
    first, second = stem + x + _word(rng, 0, 2), stem + y
    long_word = _word(rng, 5, 8)
    short = long_word[:2]
    operations = ["Trie", "insert", "insert", "search", "search", "starts_with", "search"]
    arguments = [[], [first], [second], [first], [second], [stem], [stem]]
    operations += ["insert", "insert", "search", "search", "insert", "search"]
    arguments += [[long_word], [short], [long_word], [short], [first], [first]]
    return [operations, arguments]


def _empty_prefix(rng):
    """The empty prefix on a new trie (False), after one word (True), and a word not stored."""
    word = _word(rng, 1, 4)
    other = word + _word(rng, 1, 1)
    operations = ["Trie", "starts_with", "search", "insert", "starts_with", "search", "search"]
    arguments = [[], [""], [word], [word], [""], [word], [other]]
    return [operations, arguments]


def _program(rng, calls, letters):
    """A random program over a few letters: stored words, their prefixes and extensions."""
    operations, arguments, stored = ["Trie"], [[]], []
    for _ in range(calls):
        pick = rng.random()
        if not stored or pick < 0.35:
            word = _word(rng, 1, 5, letters)
            stored.append(word)
            operations.append("insert")
            arguments.append([word])
            continue
        base = stored[int(rng.integers(len(stored)))]
        kind = rng.random()
        if kind < 0.3:
            text = base
        elif kind < 0.6:
            text = base[: int(rng.integers(0, len(base)))]
        elif kind < 0.8:
            text = base + _word(rng, 1, 2, letters)
        else:
            text = _word(rng, 1, 5, letters)
        name = "search" if rng.random() < 0.5 else "starts_with"
        operations.append(name)
        arguments.append([text if text or name == "starts_with" else base])
    return [operations, arguments]


def _long(rng, words=10_000, prefixes=10_000, searches=5_000):
    """10,000 stored words, then prefix and word questions that mostly match nothing."""
    stored = sorted({_word(rng, 6, 10) for _ in range(words)})
    operations = ["Trie"] + ["insert"] * len(stored)
    arguments = [[]] + [[w] for w in stored]
    for i in range(prefixes):
        if i % 10 == 0:  # a prefix of a stored word now and then
            word = stored[int(rng.integers(len(stored)))]
            text = word[: int(rng.integers(1, len(word) + 1))]
        else:
            text = _word(rng, 5, 8)
        operations.append("starts_with")
        arguments.append([text])
        if i % 2 == 0:
            operations.append("search")
            arguments.append(
                [stored[int(rng.integers(len(stored)))] if i % 4 else _word(rng, 8, 12)]
            )
    assert len(operations) <= 1 + words + prefixes + searches
    return [operations, arguments]


def hidden(rng):
    cases = [
        {"name": "a prefix that is not a word", "args": _prefix_not_word(rng)},
        {"name": "words that share their first letters", "args": _shared_start(rng)},
        {"name": "the empty prefix", "args": _empty_prefix(rng)},
        {"name": "one word inserted twice", "args": [["Trie", "insert", "insert", "search", "starts_with", "search"], [[], ["echo"], ["echo"], ["echo"], ["ech"], ["ech"]]]},
    ]  # fmt: skip
    cases += [
        {"name": f"random program {i + 1}", "args": _program(rng, 80, "abc")} for i in range(4)
    ]
    cases.append({"name": "random program over two letters", "args": _program(rng, 200, "ab")})
    cases.append({"name": "random program over all letters", "args": _program(rng, 200, LETTERS)})
    cases.append({"name": "10,000 words, then 15,000 questions", "args": _long(rng), "large": True})
    return cases
