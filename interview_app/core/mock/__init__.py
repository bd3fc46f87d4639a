"""Timed mock interviews: presets as data, a pure session engine (clock passed in), reports."""
