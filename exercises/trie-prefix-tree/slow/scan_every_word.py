"""Correct, but starts_with checks every stored word: O(number of words) per prefix."""


class Trie:
    def __init__(self):
        self.words = []
        self.known = set()

    def insert(self, word):
        if word not in self.known:
            self.known.add(word)
            self.words.append(word)

    def search(self, word):
        return word in self.known

    def starts_with(self, prefix):
        return any(word.startswith(prefix) for word in self.words)
