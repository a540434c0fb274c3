"""The window's actions, menus and toolbar, with standard shortcuts where Qt has them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

MENUS = {
    "&File": ("open", "recent", None, "save", "save_as", "replace", None, "quit"),
    "&Edit": (
        "undo",
        "redo",
        None,
        "new_claim",
        "verify",
        "dismiss",
        "delete",
        None,
        "find",
        "find_next",
        "find_prev",
    ),
    "&Go": ("next_claim", "prev_claim", "next_quote", "prev_quote"),
}
TOOLBAR = (
    "open",
    "save",
    None,
    "new_claim",
    "verify",
    "dismiss",
    None,
    "prev_quote",
    "next_quote",
    "prev_claim",
    "next_claim",
    None,
    "undo",
    "redo",
)


def build(window: MainWindow) -> dict[str, QAction]:
    K = QKeySequence.StandardKey

    def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(window.tr(text), window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(window.tr(tip))
        act.triggered.connect(slot)
        window.addAction(act)
        return act

    w = window
    a = {
        "open": action("&Open…", w.choose_document, K.Open),
        "save": action("&Save Notes", w.save, K.Save),
        "save_as": action("Save Notes &As…", w.save_as, K.SaveAs),
        "replace": action("&Replace Unreadable Notes…", w.replace_unreadable_notes),
        "quit": action("&Quit", w.close, K.Quit),
        "undo": w.undo.createUndoAction(w, w.tr("&Undo")),
        "redo": w.undo.createRedoAction(w, w.tr("&Redo")),
        "find": action("&Find…", w.find_bar.open, K.Find),
        "find_next": action("Find &Next", lambda: w.find_bar.find(True), K.FindNext),
        "find_prev": action("Find Pre&vious", lambda: w.find_bar.find(False), K.FindPrevious),
        "new_claim": action(
            "New &Claim from Selection",
            w.claim_from_selection,
            "Ctrl+K",
            "Make a claim of the selected words",
        ),
        "verify": action(
            "&Verify This Quote",
            w.verify_quote,
            "Ctrl+Return",
            "Make a claim of the current detected quote",
        ),
        "dismiss": action(
            "&Dismiss Detected Quote",
            w.dismiss_quote,
            "Ctrl+D",
            "Mark the current detection as not a quote",
        ),
        "delete": action("&Delete Claim", w.delete_claim, K.Delete),
        "next_claim": action("Next Claim", lambda: w.step_claim(1), "F7"),
        "prev_claim": action("Previous Claim", lambda: w.step_claim(-1), "Shift+F7"),
        "next_quote": action("Next Quote", lambda: w.step_quote(1), "F8"),
        "prev_quote": action("Previous Quote", lambda: w.step_quote(-1), "Shift+F8"),
        "escape": action("Clear Selection", w.clear_selection, "Esc"),
    }
    a["undo"].setShortcut(QKeySequence(K.Undo))
    a["redo"].setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Shift+Z")])

    for title, keys in MENUS.items():
        menu = w.menuBar().addMenu(w.tr(title))
        for key in keys:
            if key is None:
                menu.addSeparator()
            elif key == "recent":
                w.recent_menu = menu.addMenu(w.tr("Open &Recent"))
            else:
                menu.addAction(a[key])
    tools = QToolBar(w.tr("Main"))
    tools.setObjectName("main-toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for key in TOOLBAR:
        tools.addSeparator() if key is None else tools.addAction(a[key])
    w.addToolBar(tools)
    return a


def fill_recent(menu: QMenu, names: list[str], open_path) -> None:
    menu.clear()
    for name in names:
        menu.addAction(name, lambda n=name: open_path(Path(n)))
    menu.setEnabled(bool(names))
