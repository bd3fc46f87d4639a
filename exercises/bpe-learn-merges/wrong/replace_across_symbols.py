"""Merges with str.replace on the space-joined symbols, which also matches across a symbol boundary: merging (a, a) turns 'ba a' into 'baa'."""

from itertools import pairwise


def _merge(symbols, a, b):
    return " ".join(symbols).replace(a + " " + b, a + b).split(" ")


def bpe_learn_and_encode(word_freqs, num_merges, words):
    corpus = [(list(word), freq) for word, freq in word_freqs.items()]
    merges = []
    for _ in range(num_merges):
        counts = {}
        for symbols, freq in corpus:
            for pair in pairwise(symbols):
                counts[pair] = counts.get(pair, 0) + freq
        if not counts:
            break
        best = max(counts.values())
        a, b = min(pair for pair, count in counts.items() if count == best)
        merges.append((a, b))
        corpus = [(_merge(symbols, a, b), freq) for symbols, freq in corpus]
    encoded = []
    for word in words:
        symbols = list(word)
        for a, b in merges:
            symbols = _merge(symbols, a, b)
        encoded.append(symbols)
    return merges, encoded
