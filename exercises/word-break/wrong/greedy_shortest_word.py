"""Always cuts off the shortest word that fits and never goes back, so it misses splits that need a longer word ("aab" with "a" and "aab")."""


def can_segment(s, words):
    by_length = sorted(set(words), key=len)
    at = 0
    while at < len(s):
        for w in by_length:
            if s.startswith(w, at):
                at += len(w)
                break
        else:
            return False
    return True
