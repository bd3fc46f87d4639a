"""A node class with a fixed array of 26 children indexed by letter, and a word counter."""


class Node:
    __slots__ = ("below", "child", "ends")

    def __init__(self):
        self.child = [None] * 26
        self.ends = False
        self.below = 0  # how many inserted words pass through or end at this node


class Trie:
    def __init__(self):
        self.root = Node()

    def insert(self, word):
        if self.search(word):
            return
        node = self.root
        node.below += 1
        for ch in word:
            i = ord(ch) - 97
            if node.child[i] is None:
                node.child[i] = Node()
            node = node.child[i]
            node.below += 1
        node.ends = True

    def _node(self, text):
        node = self.root
        for ch in text:
            node = node.child[ord(ch) - 97]
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._node(word)
        return node is not None and node.ends

    def starts_with(self, prefix):
        node = self._node(prefix)
        return node is not None and node.below > 0
