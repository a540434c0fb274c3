"""The one place where errors and decisions become dialogs.

Tests replace these functions to answer as a user would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader.errors import ReaderError


def show_error(parent: QWidget | None, title: str, error: Exception) -> None:
    if isinstance(error, ReaderError):
        text = f"{error.path.name}: {error.problem}"
        detail = str(error.path)
    else:
        text, detail = str(error), ""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote files: never render them
    if detail:
        box.setInformativeText(detail)
    box.exec()


def ask_conflict(parent: QWidget | None, path: Path) -> str:
    """The notes file changed on disk: "reload" theirs, "save_as" mine, or "cancel"."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Notes changed on disk")
    box.setText(f"{path.name} was changed by another program since you opened it.")
    box.setInformativeText(
        "Reload their version (your unsaved changes are dropped), or keep "
        "yours by saving them to another file."
    )
    reload = box.addButton("Reload Theirs", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep Mine (Save As…)", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "reload" if clicked is reload else "save_as" if clicked is keep else "cancel"


def ask_unsaved(parent: QWidget | None, problem: str) -> str:
    """Notes could not be saved before closing: "save_as", "discard" or "cancel"."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Unsaved notes",
        f"Your notes could not be saved: {problem}",
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(buttons.Save)
    box.exec()
    answer = box.standardButton(box.clickedButton())
    return {
        QMessageBox.StandardButton.Save: "save_as",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(answer, "cancel")


def ask_save_path(parent: QWidget | None, suggestion: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        "Save Notes As",
        str(suggestion),
        "Claim Reader notes (*.claims.json);;All files (*)",
    )
    return Path(name) if name else None


def ask_open_path(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open Document", folder, "Text documents (*.txt *.text *.md);;All files (*)"
    )
    return Path(name) if name else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
