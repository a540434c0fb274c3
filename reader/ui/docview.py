"""The document view: read-only text with quotes and claims highlighted.

Highlights are kept apart from the text as spans (code points) bucketed by block, and
turned into formats only for the blocks being painted (``QTextLayout.setFormats`` on
each visible block, once per change), so a 10 MB document with tens of thousands of
highlights opens and scrolls like plain text. Transient marks (the selected claim, the
find match, a flash) are extra selections. Positions cross into Qt through ``Utf16Map``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from reader.quotemarks import find_all
from reader.ui.positions import Utf16Map
from reader.ui.style import claim_format, plain_tip, quote_format, selected_format

_BLOCK_END = re.compile("[\n\u2029]")  # what QTextDocument splits plain text into blocks at
_LINE_END = re.compile("\n")
_NEXT_WORD = re.compile(r"\s*\S+")
READING_WIDTH_CHARS = 78
# A long document is laid out in parts: enough for the first screens before the window
# paints, the rest a part per turn of the event loop (about 12 ms each here), so a 10 MB
# text shows at once and the window never stops answering while the rest comes in.
FIRST_PART = 200_000
PART = 250_000


class Mark(NamedTuple):
    """A highlighted span: a claim (``key`` its id) or a detected quote (``key`` its index)."""

    start: int
    end: int
    kind: str  # "claim" or "quote"
    key: str | int
    verdict: str | None = None


def block_starts(text: str) -> list[int]:
    """Code-point offset of each block (paragraph) of the text, as Qt will split it."""
    pattern = _BLOCK_END if "\u2029" in text else _LINE_END  # a literal scans faster
    return [0, *find_all(pattern, text, re.Match.end)]


def _line_end(text: str, at: int) -> int:
    """The first line break at or after ``at`` (the text's end if none)."""
    end = text.find("\n", at) if at < len(text) else -1
    return len(text) if end < 0 else end


def bucket_marks(starts: list[int], marks: list[Mark]) -> dict[int, list[Mark]]:
    """Marks by the blocks they touch, so painting a block looks at its own marks only.
    Pure Python: a worker thread can do it for tens of thousands of quotes."""
    buckets: dict[int, list[Mark]] = {}
    for mark in marks:
        first = bisect_right(starts, mark.start) - 1
        last = bisect_right(starts, max(mark.start, mark.end - 1)) - 1
        for block in range(first, last + 1):
            buckets.setdefault(block, []).append(mark)
    return buckets


class DocumentView(QPlainTextEdit):
    claimClicked = Signal(str)
    quoteClicked = Signal(int)
    spanResizeRequested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.25)
        self.setFont(font)
        self.setMouseTracking(True)
        self.document().setDocumentMargin(14)
        self.document().setUndoRedoEnabled(False)  # read-only: no history of the loading
        self.map = Utf16Map("")
        self.text = ""
        self._line_starts: list[int] = [0]
        self._marks: dict[str, dict[int, list[Mark]]] = {"quote": {}, "claim": {}}
        self._generation = 0
        self._formatted: dict[int, int] = {}  # block number -> generation of its formats
        self._formats: dict[str | None, QTextCharFormat] = {}
        self._emphasis: Mark | None = None
        self._find: QTextCursor | None = None
        self._flash: QTextEdit.ExtraSelection | None = None
        self.context_actions: list = []  # QActions for the context menu, set by the window
        self.resizing_claim: str | None = None
        self.tip_for = lambda mark: ""  # the window says what a mark's tooltip reads
        self._loaded = 0  # how much of self.text the Qt document holds so far
        self._after_paint: list = []

    # -- content -----------------------------------------------------------------------

    def set_document_text(self, text: str) -> None:
        self.text = text
        self.map = Utf16Map(text)
        self._line_starts = block_starts(text)
        self._formatted.clear()
        self._emphasis = self._find = self._flash = None
        self._loaded = _line_end(text, FIRST_PART)
        self.setPlainText(text[: self._loaded])
        if self._loaded < len(text):
            self.after_paint(lambda: self._load_more(text), latest_ms=100)

    def _load_more(self, text: str, everything: bool = False) -> None:
        if text is not self.text or self._loaded == len(text):
            return  # another document since, or all there
        end = len(text) if everything else _line_end(text, self._loaded + PART)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text[self._loaded : end])  # starts with the line break cut at
        self._loaded = end
        if end < len(text):
            QTimer.singleShot(0, self, lambda: self._load_more(text))

    def load_all(self) -> None:
        """The whole text in the Qt document now (to search it, or go to its end)."""
        self._load_more(self.text, everything=True)

    def after_paint(self, callback, latest_ms: int = 300) -> None:
        """Call ``callback`` once the text has been painted (or after ``latest_ms`` if
        the window is not painted meanwhile, hidden or minimised)."""
        done = []

        def once() -> None:
            if not done:
                done.append(True)
                callback()

        self._after_paint.append(once)
        QTimer.singleShot(latest_ms, self, once)  # not after the view is gone
        self.viewport().update()

    def set_marks(
        self, kind: str, marks: list[Mark], buckets: dict[int, list[Mark]] | None = None
    ) -> None:
        """Replace all highlights of one kind ("quote" or "claim"); ``buckets`` from
        ``bucket_marks`` when a worker has already sorted them by block."""
        self._marks[kind] = bucket_marks(self._line_starts, marks) if buckets is None else buckets
        self._generation += 1
        self.viewport().update()

    def marks_at(self, offset: int) -> list[Mark]:
        block = bisect_right(self._line_starts, offset) - 1
        found = [
            m
            for kind in ("claim", "quote")
            for m in self._marks[kind].get(block, ())
            if m.start <= offset < m.end
        ]
        return sorted(found, key=lambda m: (m.kind != "claim", m.end - m.start))

    # -- painting: formats only for the blocks on screen ---------------------------------

    def _format(self, mark: Mark) -> QTextCharFormat:
        key = mark.verdict if mark.kind == "claim" else None
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = claim_format(key) if key else quote_format()
        return fmt

    def _ranges(self, block_number: int) -> list[QTextLayout.FormatRange]:
        starts = self._line_starts
        lo = starts[block_number]
        hi = starts[block_number + 1] - 1 if block_number + 1 < len(starts) else len(self.text)
        base = self.map.to_qt(lo)
        ranges = []
        for kind in ("quote", "claim"):  # claims drawn over quotes
            for mark in self._marks[kind].get(block_number, ()):
                s, e = max(mark.start, lo), min(mark.end, hi)
                if s >= e:
                    continue
                r = QTextLayout.FormatRange()
                r.start = self.map.to_qt(s) - base
                r.length = self.map.to_qt(e) - self.map.to_qt(s)
                r.format = self._format(mark)
                ranges.append(r)
        return ranges

    def format_visible_blocks(self) -> None:
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().rect().bottom()
        generation = self._generation
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > bottom:
                break
            number = block.blockNumber()
            if self._formatted.get(number) != generation:
                block.layout().setFormats(self._ranges(number))
                self._formatted[number] = generation
            block = block.next()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.format_visible_blocks()
        super().paintEvent(event)
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for callback in waiting:
                QTimer.singleShot(0, self, callback)  # once this paint is on screen

    def reading_width(self) -> int:
        """A comfortable measure: about 78 characters of the reading font."""
        return self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS + 60

    # -- transient marks -------------------------------------------------------------

    def cursor_for(self, start: int, end: int | None = None) -> QTextCursor:
        if max(start, end or 0) > self._loaded:
            self.load_all()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_qt(start))
        if end is not None:
            cursor.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def emphasise(self, mark: Mark | None) -> None:
        self._emphasis = mark
        self._update_extra()

    def set_find_match(self, cursor: QTextCursor | None) -> None:
        self._find = cursor
        self._update_extra()

    def _update_extra(self) -> None:
        extra = []
        if self._emphasis is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for(self._emphasis.start, self._emphasis.end)
            sel.format = selected_format(self._emphasis.verdict)
            extra.append(sel)
        if self._find is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._find
            fmt = QTextCharFormat()
            fmt.setBackground(self.palette().highlight())
            fmt.setForeground(self.palette().highlightedText())
            sel.format = fmt
            extra.append(sel)
        if self._flash is not None:
            extra.append(self._flash)
        self.setExtraSelections(extra)

    def show_span(self, start: int, end: int, flash: bool = True) -> None:
        """Scroll ``start``-``end`` into the middle of the view and flash it briefly."""
        cursor = self.cursor_for(start)
        self.setTextCursor(cursor)
        self.centerCursor()
        if flash:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for(start, end)
            fmt = QTextCharFormat()
            colour = QColor(self.palette().highlight().color())
            colour.setAlpha(140)
            fmt.setBackground(colour)
            sel.format = fmt
            self._flash = sel
            self._update_extra()
            QTimer.singleShot(450, self._end_flash)

    def _end_flash(self) -> None:
        self._flash = None
        self._update_extra()

    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.map.from_qt(cursor.selectionStart()), self.map.from_qt(cursor.selectionEnd())

    # -- input -------------------------------------------------------------------------

    def offset_at(self, point: QPoint) -> int:
        return self.map.from_qt(self.cursorForPosition(point).position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        marks = self.marks_at(self.offset_at(event.position().toPoint()))
        if marks and marks[0].kind == "claim":
            self.claimClicked.emit(marks[0].key)
        elif marks:
            self.quoteClicked.emit(marks[0].key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        marks = self.marks_at(self.offset_at(event.position().toPoint()))
        self.viewport().setToolTip(plain_tip("\n".join(self.tip_for(m) for m in marks)))

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy).setEnabled(self.textCursor().hasSelection())
        menu.exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Shift+Left/Right move the selected claim's end, with Alt its start; Ctrl moves
        by words (as Zotero's reader resizes an annotation)."""
        mods = event.modifiers()
        key = event.key()
        if (
            self.resizing_claim
            and mods & Qt.KeyboardModifier.ShiftModifier
            and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and self._emphasis
        ):
            start, end = self._emphasis.start, self._emphasis.end
            forward = key == Qt.Key.Key_Right
            by_word = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if mods & Qt.KeyboardModifier.AltModifier:
                start = self._step(start, forward, by_word)
            else:
                end = self._step(end, forward, by_word)
            if 0 <= start < end <= len(self.text):
                self.spanResizeRequested.emit(self.resizing_claim, start, end)
            return
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) or event.matches(
            QKeySequence.StandardKey.SelectEndOfDocument
        ):
            self.load_all()  # the end of the document, not of the part laid out so far
        super().keyPressEvent(event)

    def _step(self, pos: int, forward: bool, by_word: bool) -> int:
        if not by_word:
            return pos + (1 if forward else -1)
        text = self.text
        if forward:
            m = _NEXT_WORD.match(text, pos)
            return m.end() if m else pos
        k = pos
        while k > 0 and text[k - 1].isspace():
            k -= 1
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        return k
