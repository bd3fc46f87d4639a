"""Compares (merges, encoded) exactly and names the first merge, or the first word's
encoding, that differs; tuples and lists of strings are both accepted."""

from interview_app.core.judge.checkers import check_exact, describe


def _plain(value):
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def check(expected, got, case=None):
    if not isinstance(got, list | tuple) or len(got) != 2:
        return f"expected a tuple (merges, encoded), got {describe(got)}"
    want_merges, want_encoded = (_plain(v) for v in expected)
    merges, encoded = got
    if not isinstance(merges, list | tuple):
        return f"merges: expected a list of pairs, got {describe(merges)}"
    merges = _plain(merges)
    for i, (want, have) in enumerate(zip(want_merges, merges, strict=False)):
        if check_exact(want, have):
            shown = repr(tuple(have)) if isinstance(have, list) else describe(have)
            return f"merge {i + 1}: expected {tuple(want)!r}, got {shown}"
    if len(merges) != len(want_merges):
        return f"merges: expected {len(want_merges)} merges, got {len(merges)}"
    words = (case or {}).get("args", [None, None, []])[2]
    if not isinstance(encoded, list | tuple) or len(encoded) != len(want_encoded):
        return f"encoded: expected one list of symbols per word ({len(want_encoded)}), got {describe(encoded)}"
    for i, (want, have) in enumerate(zip(want_encoded, _plain(encoded), strict=True)):
        if check_exact(want, have):
            word = repr(words[i]) if i < len(words) else f"word {i + 1}"
            return f"encoding of {word}: expected {want!r}, got {describe(have)}"
    return None
