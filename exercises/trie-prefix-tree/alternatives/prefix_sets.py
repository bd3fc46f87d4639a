"""Two hash sets: the words themselves, and every prefix of every word (the empty one too)."""


class Trie:
    def __init__(self):
        self.words = set()
        self.prefixes = set()

    def insert(self, word):
        if word in self.words:
            return
        self.words.add(word)
        for end in range(len(word) + 1):
            self.prefixes.add(word[:end])

    def search(self, word):
        return word in self.words

    def starts_with(self, prefix):
        return prefix in self.prefixes
