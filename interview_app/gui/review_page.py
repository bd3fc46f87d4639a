"""The Review page (built in interview_app.gui.review; the main window imports it from here)."""

from interview_app.gui.review.page import ReviewPage

__all__ = ["ReviewPage"]
