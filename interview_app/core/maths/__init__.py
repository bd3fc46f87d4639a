"""Maths answers: a safe parser (user text is never evaluated) and an equivalence checker that
runs in a separate, killable process."""
