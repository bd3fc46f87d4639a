"""Divides the total weight evenly over the days, as if parcels could be split between days."""


def min_capacity(weights, days):
    return max(max(weights), -(-sum(weights) // days))
