def bpe_learn_and_encode(word_freqs, num_merges, words):
    """Learn up to num_merges byte-pair-encoding merges from word_freqs, then encode words.

    Returns (merges, encoded): merges as a list of (left, right) string pairs in the order
    learned, encoded as one list of symbol strings per word of words.
    """
    raise NotImplementedError
