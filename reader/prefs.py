"""User preferences: a small readable JSON file (the window keeps it in the platform's
config folder).

Only what is worth keeping between sessions and is not window geometry (which Qt's
QSettings keeps): the recently opened documents.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.store import atomic_write

MAX_RECENT = 10


class Prefs:
    def __init__(self, path: Path):
        self.path = path
        self.recent: list[str] = []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.recent = [p for p in data.get("recent", []) if isinstance(p, str)][:MAX_RECENT]
        except (OSError, ValueError, AttributeError):
            pass  # no prefs yet, or unreadable ones: start afresh, they are only a convenience

    def add_recent(self, path: Path) -> None:
        name = str(Path(path).resolve())
        self.recent = [name, *[p for p in self.recent if p != name]][:MAX_RECENT]
        self.save()

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({"recent": self.recent}, indent=2) + "\n"
            atomic_write(self.path, data.encode("utf-8"))
        except OSError:
            pass  # losing the recent-files list is not worth interrupting anyone
