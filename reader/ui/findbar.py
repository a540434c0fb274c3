"""Find in the document: a search field under the text, Enter/F3 for the next match,
Shift+Enter/Shift+F3 for the previous one, wrapping at the ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QLineEdit

from reader.ui.docview import DocumentView


class FindBar(QLineEdit):
    notFound = Signal(str)

    def __init__(self, view: DocumentView):
        super().__init__()
        self.view = view
        self.setPlaceholderText(self.tr("Find in document (Enter: next, Shift+Enter: previous)"))
        self.setClearButtonEnabled(True)
        self.textChanged.connect(lambda _: self.find(forward=True, from_start=True))
        self.hide()

    def open(self) -> None:
        self.show()
        self.setFocus()
        self.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.set_find_match(None)
        self.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.find(forward=not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)

    def find(self, forward: bool = True, from_start: bool = False) -> None:
        needle = self.text()
        if not needle:
            self.view.set_find_match(None)
            return
        self.view.load_all()
        doc = self.view.document()
        cursor = self.view.textCursor()
        if from_start:  # typing: search again from where the current match starts
            cursor.setPosition(cursor.selectionStart())
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = doc.find(needle, cursor, flags)
        if found.isNull():  # wrap around
            found = doc.find(
                needle, self.view.cursor_for(0 if forward else len(self.view.text)), flags
            )
        if found.isNull():
            self.notFound.emit(needle)
            self.view.set_find_match(None)
            return
        self.view.setTextCursor(found)
        self.view.centerCursor()
        self.view.set_find_match(found)
