"""Each word kept as one space-joined string, merged with a regular expression whose
lookarounds stop a match at symbol boundaries; encoding repeatedly merges the lowest-ranked
pair present (the GPT-2 loop) instead of replaying the merges in order."""

import re
from itertools import pairwise


def _pattern(a, b):
    return re.compile(r"(?<!\S)" + re.escape(a + " " + b) + r"(?!\S)")


def bpe_learn_and_encode(word_freqs, num_merges, words):
    vocab = {" ".join(word): freq for word, freq in word_freqs.items()}
    merges = []
    while len(merges) < num_merges:
        counts = {}
        for joined, freq in vocab.items():
            symbols = joined.split(" ")
            for i in range(len(symbols) - 1):
                pair = (symbols[i], symbols[i + 1])
                counts[pair] = counts.get(pair, 0) + freq
        if not counts:
            break
        pair = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        merges.append(pair)
        pattern = _pattern(*pair)
        vocab = {pattern.sub(pair[0] + pair[1], joined): f for joined, f in vocab.items()}
    rank = {pair: i for i, pair in enumerate(merges)}
    encoded = []
    for word in words:
        symbols = list(word)
        while len(symbols) > 1:
            pairs = [(rank.get(p, len(rank)), p) for p in pairwise(symbols)]
            r, (a, b) = min(pairs)
            if r == len(rank):
                break
            symbols = _pattern(a, b).sub(a + b, " ".join(symbols)).split(" ")
        encoded.append(symbols)
    return merges, encoded
