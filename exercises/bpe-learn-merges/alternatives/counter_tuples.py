"""Words as tuples in a Counter (equal splits pooled), pairs counted with itertools.pairwise,
the merge chosen with one max() over (count, reversed order) keys, and a recursive merge."""

from collections import Counter
from itertools import pairwise


def _merge(symbols, pair):
    if len(symbols) < 2:
        return symbols
    if symbols[:2] == pair:
        return (pair[0] + pair[1], *_merge(symbols[2:], pair))
    return (symbols[0], *_merge(symbols[1:], pair))


class _Smaller:
    """Orders pairs backwards, so max() over (count, _Smaller(pair)) picks the smallest pair."""

    def __init__(self, pair):
        self.pair = pair

    def __lt__(self, other):
        return self.pair > other.pair

    def __gt__(self, other):
        return self.pair < other.pair


def bpe_learn_and_encode(word_freqs, num_merges, words):
    corpus = Counter()
    for word, freq in word_freqs.items():
        corpus[tuple(word)] += freq
    merges = []
    for _ in range(num_merges):
        counts = Counter()
        for symbols, freq in corpus.items():
            for pair in pairwise(symbols):
                counts[pair] += freq
        if not counts:
            break
        pair = max(counts, key=lambda p: (counts[p], _Smaller(p)))
        merges.append(pair)
        merged = Counter()
        for symbols, freq in corpus.items():
            merged[_merge(symbols, pair)] += freq
        corpus = merged
    encoded = []
    for word in words:
        symbols = tuple(word)
        for pair in merges:
            symbols = _merge(symbols, pair)
        encoded.append(list(symbols))
    return merges, encoded
