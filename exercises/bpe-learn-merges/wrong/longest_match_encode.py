"""Learns the merges correctly but encodes by greedy longest match against the learned vocabulary instead of replaying the merges in the order they were learned."""

from itertools import pairwise


def _merge(symbols, a, b):
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
            for pair in pairwise(symbols):
                counts[pair] = counts.get(pair, 0) + freq
        if not counts:
            break
        best = max(counts.values())
        a, b = min(pair for pair, count in counts.items() if count == best)
        merges.append((a, b))
        corpus = [(_merge(symbols, a, b), freq) for symbols, freq in corpus]
    vocab = {a + b for a, b in merges}
    encoded = []
    for word in words:
        pieces, i = [], 0
        while i < len(word):
            j = len(word)
            while j > i + 1 and word[i:j] not in vocab:
                j -= 1
            pieces.append(word[i:j])
            i = j
        encoded.append(pieces)
    return merges, encoded
