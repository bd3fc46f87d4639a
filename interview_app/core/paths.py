"""Where the app's shipped data and the user's data live."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "INTERVIEW_APP_DATA_DIR"
EXTRA_BANKS_ENV = "INTERVIEW_APP_BANK_PATH"
APP_NAME = "interview-app"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def shipped_dir(name: str) -> Path:
    """A shipped data folder (`question_bank`, `resources`, ...), installed or in a checkout.

    In a wheel the folders sit inside the package; in a checkout they sit beside it.
    """
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def data_dir(environ: os._Environ[str] | dict[str, str] | None = None) -> Path:
    """The user's data directory (not created here): the env override, else platformdirs."""
    env = os.environ if environ is None else environ
    override = env.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs  # only needed when no override is set

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_bank_dirs(
    data: Path, environ: os._Environ[str] | dict[str, str] | None = None
) -> list[Path]:
    """The user's own question directories: `<data dir>/questions` and the env path list."""
    env = os.environ if environ is None else environ
    dirs = [data / "questions"]
    for part in env.get(EXTRA_BANKS_ENV, "").split(os.pathsep):
        if part.strip():
            dirs.append(Path(part.strip()).expanduser())
    return [d for d in dirs if d.is_dir()]
