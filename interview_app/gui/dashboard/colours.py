"""The dashboard's colours, taken from resources/style.qss (plain constants, no Qt)."""

INK = "#1f2933"
MUTED = "#616e7c"
GRID = "#edf0f3"
AXIS = "#ced4da"
ACCENT = "#3b5bdb"
ACCENT_SOFT = "#748ffc"
ACCENT_PALE = "#bac8ff"
ACCENT_WASH = "#e5eaff"
GOOD = "#2b8a3e"
AMBER = "#e67700"
BAD = "#c92a2a"
# Calendar shades: no practice, then four levels of effort.
HEAT = ("#eceff3", "#c5d0fa", "#91a7ff", "#5c7cfa", "#364fc7")
# Mastery bars by how much evidence is behind them: more evidence, stronger colour.
SURENESS = {"sure": ACCENT, "fair": ACCENT_SOFT, "unsure": ACCENT_PALE}
SURENESS_LABELS = {"sure": "Sure", "fair": "Fairly sure", "unsure": "Unsure: little practice yet"}
OUTCOME_COLOURS = {"correct": GOOD, "partial": AMBER, "incorrect": BAD}
