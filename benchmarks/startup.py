"""Start-up benchmark: the app's window against a bare PySide6 window, side by side in one run.

Each sample is measured from the parent: from just before the process is spawned until the
child prints that its window is shown (after the event loop has started), and for the app also
until its questions and progress are loaded (off the GUI thread, after the window is shown). Runs alternate
between the two so that machine noise hits both alike. Also times loading the whole bank.

    python3 benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def done():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def time_markers(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each marker line it prints ("shown", "ready")."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    assert proc.stdout is not None
    marks = {line.strip(): time.perf_counter() - start for line in proc.stdout}
    proc.wait(timeout=60)
    if "shown" not in marks:
        raise RuntimeError(
            f"{args} never showed a window: {proc.stderr.read() if proc.stderr else ''}"
        )
    return marks


def bank_load_times(runs: int) -> list[float]:
    code = (
        "import time; t = time.perf_counter();"
        "from interview_app.core.bank import load_default_bank; b = load_default_bank();"
        "assert not b.problems; print(time.perf_counter() - t, len(b.questions))"
    )
    out = []
    for _ in range(runs):  # a fresh process each time: no warm import caches in the figure
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT
        )
        out.append(float(result.stdout.split()[0]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["INTERVIEW_APP_EXIT_AFTER_SHOW"] = "1"
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "interview_app"]
    bare, app, ready = [], [], []
    with tempfile.TemporaryDirectory() as data:
        env["INTERVIEW_APP_DATA_DIR"] = data
        time_markers(bare_cmd, env)  # warm the OS file cache for both
        time_markers(app_cmd, env)
        for _ in range(args.runs):
            bare.append(time_markers(bare_cmd, env)["shown"])
            marks = time_markers(app_cmd, env)
            app.append(marks["shown"])
            ready.append(marks["ready"])
    bank = bank_load_times(max(3, args.runs // 2))

    ms = 1000.0
    bare_med, app_med = statistics.median(bare), statistics.median(app)
    goal = 1.5 * bare_med + 0.150
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'native display')}, runs: {args.runs}")
    print(
        f"bare PySide6 window shown     median {bare_med * ms:7.1f} ms  (min {min(bare) * ms:.1f})"
    )
    print(f"interview-app window shown    median {app_med * ms:7.1f} ms  (min {min(app) * ms:.1f})")
    print(f"ratio app / bare              {app_med / bare_med:7.2f}x")
    print(f"overhead app - bare           {(app_med - bare_med) * ms:7.1f} ms")
    print(
        f"goal app <= 1.5 x bare + 150 ms = {goal * ms:.1f} ms: "
        f"{'met' if app_med <= goal else 'NOT met'}"
    )
    print(
        f"interview-app questions ready median {statistics.median(ready) * ms:7.1f} ms (bank + database loaded)"
    )
    print(
        f"load + validate whole bank    median {statistics.median(bank) * ms:7.1f} ms (fresh process)"
    )


if __name__ == "__main__":
    main()
