class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False


class Trie:
    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            child = node.children.get(letter)
            if child is None:
                child = node.children[letter] = _Node()
            node = child
        node.is_word = True

    def _walk(self, text: str) -> _Node | None:
        node = self.root
        for letter in text:
            node = node.children.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        node = self._walk(prefix)
        # the root has children exactly when some (non-empty) word has been inserted
        return node is not None and (node.is_word or bool(node.children))
