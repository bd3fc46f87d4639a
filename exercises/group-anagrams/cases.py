def _word(rng, letters, length):
    return "".join(letters[int(k)] for k in rng.integers(0, len(letters), size=length))


def _shuffled(rng, word):
    return "".join(word[int(k)] for k in rng.permutation(len(word)))


def _anagram_words(rng, n_bases, n_words, letters, min_len, max_len, dup_rate=0.1):
    """Words drawn as random rearrangements of a few base words, with some exact repeats."""
    bases = [_word(rng, letters, int(rng.integers(min_len, max_len + 1))) for _ in range(n_bases)]
    words = []
    for _ in range(n_words):
        if words and rng.random() < dup_rate:
            words.append(words[int(rng.integers(0, len(words)))])
        else:
            words.append(_shuffled(rng, bases[int(rng.integers(0, n_bases))]))
    return words


def visible():
    return [
        {"name": "example", "args": [["stop", "tops", "cat", "pots", "act", "dog"]]},
        {"name": "same letters, different counts", "args": [["aab", "abb", "bab", "aba"]]},
        {"name": "empty list", "args": [[]]},
    ]


def hidden(rng):
    cases = []
    cases.append({"name": "one word", "args": [[_word(rng, "abcdefghijklmnopqrstuvwxyz", 7)]]})
    cases.append(
        {"name": "empty strings and one-letter words", "args": [["", "a", "", "b", "a", ""]]}
    )
    words = _anagram_words(rng, 6, 40, "abcdefghijklmnopqrstuvwxyz", 3, 8)
    cases.append({"name": "40 words, 6 groups", "args": [words]})
    # Same set of letters, different multiplicities: "aabc" vs "abcc".
    words = []
    for _ in range(30):
        length = int(rng.integers(3, 7))
        core = _word(rng, "abc", length)
        words.append(_shuffled(rng, core + "abc"))
    cases.append({"name": "same letters, different counts (small alphabet)", "args": [words]})
    # Same length and first letter, but not anagrams.
    firsts = "pq"
    words = [f + _word(rng, "rstu", 4) for f in firsts for _ in range(15)]
    words = [words[int(k)] for k in rng.permutation(len(words))]
    cases.append({"name": "same length and first letter", "args": [words]})
    words = _anagram_words(rng, 3, 50, "xyz", 4, 6, dup_rate=0.4)
    cases.append({"name": "many repeated words", "args": [words]})
    words = _anagram_words(rng, 800, 10_000, "abcdefghijklmnopqrstuvwxyz", 1, 12)
    cases.append({"name": "10^4 words", "args": [words]})
    words = _anagram_words(rng, 30, 200, "abcde", 60, 100)
    cases.append({"name": "long words (up to 100 letters)", "args": [words]})
    distinct = sorted({_word(rng, "abcdefghijklmnopqrstuvwxyz", 10) for _ in range(100)})
    cases.append({"name": "no two words are anagrams", "args": [distinct]})
    return cases
