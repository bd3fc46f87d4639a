"""The Qt window: a thin layer over interview_app.core."""
