"""The progress store: attempts and sessions in SQLite, through sqlite-utils."""

from interview_app.core.records import AttemptRecord
from interview_app.core.store.opening import DB_FILENAME, OpenResult, StoreStatus, open_store
from interview_app.core.store.store import Store

__all__ = ["DB_FILENAME", "AttemptRecord", "OpenResult", "Store", "StoreStatus", "open_store"]
