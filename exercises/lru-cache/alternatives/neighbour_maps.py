"""No node objects: the order of use is a linked list kept in two dicts of neighbours, with one
sentinel key that is both the oldest's predecessor and the newest's successor."""

_END = object()


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.before = {_END: _END}  # before[k]: the key used just before k
        self.after = {_END: _END}  # after[k]: the key used just after k

    def _remove(self, key):
        previous, following = self.before.pop(key), self.after.pop(key)
        self.after[previous] = following
        self.before[following] = previous

    def _add_newest(self, key):
        newest = self.before[_END]
        self.after[newest] = key
        self.before[key], self.after[key] = newest, _END
        self.before[_END] = key

    def get(self, key):
        if key not in self.values:
            return -1
        self._remove(key)
        self._add_newest(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self._remove(key)
        elif len(self.values) == self.capacity:
            oldest = self.after[_END]
            self._remove(oldest)
            del self.values[oldest]
        self.values[key] = value
        self._add_newest(key)
