"""search only checks that the letters can be followed, so a prefix of a stored word such as "app" after inserting "apple" is wrongly reported as a word."""


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
        return self._find(word) is not None

    def starts_with(self, prefix):
        return bool(self._find(prefix))
