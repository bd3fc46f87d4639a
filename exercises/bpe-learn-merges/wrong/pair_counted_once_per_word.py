"""Counts a pair at most once per word (a set of the word's pairs), so 'aaaa' adds the frequency of (a, a) once instead of three times."""

from itertools import pairwise


def _merge(symbols, a, b):
    """Replaces every (a, b) in symbols, left to right, without overlap."""
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def bpe_learn_and_encode(word_freqs, num_merges, words):
    corpus = [(list(word), freq) for word, freq in word_freqs.items()]
    merges = []
    for _ in range(num_merges):
        counts = {}
        for symbols, freq in corpus:
            for pair in set(pairwise(symbols)):
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
