"""Practise machine-learning job interviews offline."""

__version__ = "0.1.0"
