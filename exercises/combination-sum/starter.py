def combination_sum(values, target):
    """Every multiset of the (reusable) values that adds up to target, each listed once."""
    raise NotImplementedError
