"""A dict from key to node, and a hand-written doubly linked list of nodes between two sentinels."""


class _Node:
    __slots__ = ("key", "newer", "older", "value")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.older = self.newer = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.oldest, self.newest = _Node(), _Node()  # sentinels: never hold a key
        self.oldest.newer, self.newest.older = self.newest, self.oldest

    def _unlink(self, node):
        node.older.newer, node.newer.older = node.newer, node.older

    def _append(self, node):
        last = self.newest.older
        last.newer, node.older, node.newer, self.newest.older = node, last, self.newest, node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.nodes) == self.capacity:
                victim = self.oldest.newer
                self._unlink(victim)
                del self.nodes[victim.key]
            node = self.nodes[key] = _Node(key, value)
        self._append(node)
