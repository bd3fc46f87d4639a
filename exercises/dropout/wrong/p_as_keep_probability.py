"""Reads p as the keep probability: keeps u < p and scales by 1 / p."""


def dropout(x, dout, p, u, training):
    if not training:
        return x.copy(), dout.copy()
    keep = 1.0 - p
    mask = (u < keep) / keep
    return x * mask, dout * mask
