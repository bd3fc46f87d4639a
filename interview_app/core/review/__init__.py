"""Spaced review: FSRS scheduling of every question and exercise, mastery per topic, the queue.

Pure functions over plain values; the store persists cards and hands them back.
"""
