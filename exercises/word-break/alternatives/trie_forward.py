"""Forward DP with a trie: from every reachable position, walk the trie along s and mark
every position where a word ends."""


def can_segment(s, words):
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = True
    n = len(s)
    reach = [False] * (n + 1)
    reach[0] = True
    for start in range(n):
        if not reach[start]:
            continue
        node = trie
        for pos in range(start, n):
            node = node.get(s[pos])
            if node is None:
                break
            if "$" in node:
                reach[pos + 1] = True
    return reach[n]
