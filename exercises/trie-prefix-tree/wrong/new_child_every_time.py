"""insert makes a fresh child for every letter even when one exists, so storing "car" after "cat" throws "cat" away."""


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node[letter] = {}
            node = node[letter]
        node["$"] = True

    def _find(self, text):
        node = self.root
        for letter in text:
            if letter not in node:
                return None
            node = node[letter]
        return node

    def search(self, word):
        node = self._find(word)
        return node is not None and "$" in node

    def starts_with(self, prefix):
        return bool(self._find(prefix))
