"""Starting the window: ``run`` builds the application and its object graph.

With ``screenshot`` it lays the window out at a fixed size, renders it to a PNG and
exits (for the README, docs and smoke tests); it needs no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1400, 860)


def user_folder(config: bool = False) -> Path:
    """Claim Reader's folder for the user's data (or settings), by the platform's rules."""
    from PySide6.QtCore import QStandardPaths

    kind = QStandardPaths.StandardLocation
    base = kind.GenericConfigLocation if config else kind.GenericDataLocation
    return Path(QStandardPaths.writableLocation(base)) / "claim-reader"


def run(path: Path | None, screenshot: str | None = None, select: str | None = None) -> int:
    """Open the window on ``path``, or on a copy of the bundled sample when it is None."""
    if screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reader.resources import writable_sample
    from reader.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Claim Reader")
    app.setOrganizationName("claim-reader")
    if path is None:
        path = writable_sample(user_folder())
    window = MainWindow()
    if screenshot:
        return render(window, path, Path(screenshot), select)
    window.show()
    window.open_path(path)
    return app.exec()


def render(window, path: Path, out: Path, select: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    window.keep_layout = False
    window.resize(*SCREENSHOT_SIZE)
    if not window.open_path(path, wait=True, remember=False):
        return 2
    if select:
        if window._claim_or_none(select) is None:
            print(f"claim-reader: no claim with id {select} in {path}", file=sys.stderr)
            return 2
        window.select_claim(select)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    window.view._flash = None  # a still picture: no flash
    window.view._update_extra()
    QApplication.processEvents()
    if not window.grab().save(str(out)):
        print(f"claim-reader: {out}: cannot write the PNG", file=sys.stderr)
        return 2
    window.session.dirty = False  # a screenshot never writes notes
    window.close()
    return 0
