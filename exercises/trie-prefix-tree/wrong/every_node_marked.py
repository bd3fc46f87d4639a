"""Every prefix of a stored word counts as a word: only the node of a word's last letter may carry the end-of-word mark, and search must check that mark."""


class Node:
    def __init__(self):
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = Node()

    def insert(self, word):
        node = self.root
        for letter in word:
            node = node.children.setdefault(letter, Node())
            node.is_word = True

    def _walk(self, text):
        node = self.root
        for letter in text:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        node = self._walk(prefix)
        return node is not None and (node.is_word or bool(node.children))
