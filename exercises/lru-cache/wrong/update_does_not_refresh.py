"""Updating a key's value with put leaves the key where it was in the order of use, so a key that was just written can be evicted next."""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if key not in self.items and len(self.items) == self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value  # assigning an existing key keeps its place in an OrderedDict
