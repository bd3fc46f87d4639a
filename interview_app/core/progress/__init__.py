"""Progress as the user sees it: the summary, the dashboard's data, export and import."""
