"""Typed errors of the core.

The core never shows a dialog or prints: it raises one of these, each naming the file and
the problem in words a person can act on. The CLI and the UI each have one place that turns
them into a message.
"""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A problem with a file the user gave us; ``str()`` names the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class DocumentError(ReaderError):
    """The document cannot be opened (binary, undecodable, empty, too large, missing)."""


class NotesError(ReaderError):
    """The notes file cannot be read: invalid JSON, not ours, or invalid content."""


class FutureVersionError(NotesError):
    """The notes file was written by a newer Claim Reader."""


class ReadOnlyNotesError(NotesError):
    """Saving was refused because the notes file could not be loaded intact."""


class ConflictError(ReaderError):
    """The notes file changed on disk since it was loaded; saving would overwrite it."""
