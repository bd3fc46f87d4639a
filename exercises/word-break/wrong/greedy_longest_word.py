"""Always cuts off the longest word that fits at the current position and never goes back, so a long first choice can strand the rest ("aab" with "a", "aa", "ab")."""


def can_segment(s, words):
    by_length = sorted(set(words), key=len, reverse=True)
    at = 0
    while at < len(s):
        for w in by_length:
            if s.startswith(w, at):
                at += len(w)
                break
        else:
            return False
    return True
