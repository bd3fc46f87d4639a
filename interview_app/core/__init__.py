"""The app's core: bank, grading, store. Knows nothing of Qt (a test enforces it)."""
