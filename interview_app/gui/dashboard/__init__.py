"""The progress dashboard: mastery, activity, forecast and mock scores as clickable charts.

Only the dashboard's own modules import QtCharts, and the main window builds the page on first
use, so the app's start-up never loads it.
"""
