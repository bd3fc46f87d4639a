"""The Review page: today's spaced-review queue, interview-date mode, leeches, rating overrides."""
