def network_delay(n, links, source):
    """Milliseconds until every server has the update sent from source, or -1.

    links[i] = [u, v, t]: a one-way link from u to v taking t milliseconds.
    """
    raise NotImplementedError
