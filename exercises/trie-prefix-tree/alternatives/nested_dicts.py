"""Nested dictionaries, one per node, with a "$" key marking where a word ends."""

END = "$"  # never a letter, so it cannot clash with a child


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[END] = True

    def _find(self, text):
        node = self.root
        for letter in text:
            if letter not in node:
                return None
            node = node[letter]
        return node

    def search(self, word):
        node = self._find(word)
        return node is not None and END in node

    def starts_with(self, prefix):
        node = self._find(prefix)
        return bool(node)  # an empty dict is the root of a trie with no words
