"""The editor for the selected claim.

It shows the claim and asks for changes: every edit is emitted as
``editRequested(claim_id, field, value)`` and becomes an undo command in the window; the
editor itself never changes a claim. ``load`` refreshes it from the session without
emitting anything.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.claims import KINDS, VERDICT_LABELS, VERDICTS, Claim, Source
from reader.fuzzy import word_diff
from reader.ui.style import plain_tip


def is_web_link(url: str) -> bool:
    """Only http(s) links are ever opened, and only when the user clicks."""
    parsed = QUrl(url.strip())
    return parsed.isValid() and parsed.scheme() in ("http", "https") and bool(parsed.host())


class SourceDialog(QDialog):
    def __init__(self, source: Source | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source"))
        source = source or Source(accessed=date.today().isoformat())
        self.extra = dict(source.extra)
        form = QFormLayout(self)
        self.url = QLineEdit(source.url)
        self.title = QLineEdit(source.title)
        self.accessed = QLineEdit(source.accessed)
        self.accessed.setPlaceholderText("YYYY-MM-DD")
        self.archive = QLineEdit(source.archive_url)
        self.excerpt = QPlainTextEdit(source.excerpt)
        self.excerpt.setTabChangesFocus(True)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date accessed"), self.accessed)
        form.addRow(self.tr("&Archive link"), self.archive)
        form.addRow(self.tr("&Excerpt"), self.excerpt)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def source(self) -> Source:
        return Source(
            url=self.url.text().strip(),
            title=self.title.text().strip(),
            accessed=self.accessed.text().strip(),
            archive_url=self.archive.text().strip(),
            excerpt=self.excerpt.toPlainText(),
            extra=self.extra,
        )


class ClaimEditor(QWidget):
    editRequested = Signal(str, str, object)  # claim id, field, new value
    reattachRequested = Signal(str)
    confirmRequested = Signal(str)
    detachRequested = Signal(str)
    shown = Signal(bool)  # whether a claim is loaded

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.claim_id: str | None = None
        self._loading = False
        self._sources: list[Source] = []
        self.quote = QLabel()
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # the document's words, never HTML
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #D55E00; font-weight: bold;")
        self.diff = QLabel()
        self.diff.setWordWrap(True)
        self.diff.setTextFormat(Qt.TextFormat.RichText)
        self.reattach = QPushButton(self.tr("Re-attach to the Selected Text"))
        self.confirm = QPushButton(self.tr("Confirm the New Wording"))
        self.detach = QPushButton(self.tr("Leave Orphaned"))
        for button, signal in (
            (self.reattach, self.reattachRequested),
            (self.confirm, self.confirmRequested),
            (self.detach, self.detachRequested),
        ):
            button.clicked.connect(
                lambda _=False, s=signal: self.claim_id and s.emit(self.claim_id)
            )
        fixes = QHBoxLayout()
        for button in (self.confirm, self.reattach, self.detach):
            fixes.addWidget(button)
        fixes.addStretch()
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("The claim in one short sentence"))
        self.speaker = QLineEdit()
        self.speaker_completer = QCompleter([])
        self.speaker.setCompleter(self.speaker_completer)
        self.kind = QComboBox()
        self.kind.addItems(list(KINDS))
        self.verdict = QComboBox()
        for verdict in VERDICTS:
            self.verdict.addItem(VERDICT_LABELS[verdict], verdict)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma, separated, tags"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Verification notes"))
        self.context = QPlainTextEdit()
        self.context.setTabChangesFocus(True)
        self.context.setPlaceholderText(self.tr("Context a reader needs"))
        lines = self.fontMetrics().lineSpacing()
        self.note.setMinimumHeight(lines * 4)
        self.note.setMaximumHeight(lines * 9)
        self.context.setMaximumHeight(lines * 5)
        self.sources = QListWidget()
        self.sources.setMaximumHeight(90)
        add = QPushButton(self.tr("&Add…"))
        edit = QPushButton(self.tr("Ed&it…"))
        remove = QPushButton(self.tr("Re&move"))
        self.open_link = QPushButton(self.tr("&Open link"))
        add.clicked.connect(self._add_source)
        edit.clicked.connect(self._edit_source)
        remove.clicked.connect(self._remove_source)
        self.open_link.clicked.connect(self._open_source)
        self.sources.itemDoubleClicked.connect(lambda _: self._edit_source())
        self.sources.currentRowChanged.connect(self._source_selected)
        buttons = QHBoxLayout()
        for b in (add, edit, remove, self.open_link):
            buttons.addWidget(b)
        buttons.addStretch()

        form = QFormLayout()
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow(self.tr("S&peaker"), self.speaker)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Verdict"), self.verdict)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Context"), self.context)
        form.addRow(self.tr("Sources"), self.sources)
        form.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote)
        layout.addWidget(self.warning)
        layout.addWidget(self.diff)
        layout.addLayout(fixes)
        layout.addLayout(form)

        self.summary.textEdited.connect(lambda t: self._edit("summary", t))
        self.speaker.textEdited.connect(lambda t: self._edit("speaker", t))
        self.speaker_completer.activated.connect(lambda t: self._edit("speaker", t))
        self.kind.activated.connect(lambda _: self._edit("kind", self.kind.currentText()))
        self.verdict.activated.connect(lambda _: self._edit("verdict", self.verdict.currentData()))
        self.tags.editingFinished.connect(self._edit_tags)
        self.note.textChanged.connect(lambda: self._edit("note", self.note.toPlainText()))
        self.context.textChanged.connect(lambda: self._edit("context", self.context.toPlainText()))
        self.load(None)

    # -- showing -----------------------------------------------------------------------

    def set_speakers(self, names: list[str]) -> None:
        self.speaker_completer.model().setStringList(names)  # type: ignore[attr-defined]

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.summary, self.speaker, self.tags):
            w.setReadOnly(read_only)
        for w in (self.note, self.context):
            w.setReadOnly(read_only)
        for w in (self.kind, self.verdict, self.reattach, self.confirm, self.detach):
            w.setEnabled(not read_only)

    def load(self, claim: Claim | None, current_text: str | None = None) -> None:
        """Show ``claim`` (or nothing) without emitting edits; ``current_text`` is what
        a changed claim's words read now."""
        self._loading = True
        try:
            self.claim_id = claim.id if claim else None
            self.setEnabled(claim is not None)
            self.shown.emit(claim is not None)
            claim = claim or Claim(exact="", start=0, end=0, id="")
            self.quote.setText(f"“{claim.exact}”" if claim.exact else self.tr("No claim selected"))
            troubled = claim.anchor in ("orphaned", "changed")
            self.warning.setVisible(troubled)
            self.reattach.setVisible(troubled)
            self.confirm.setVisible(claim.anchor == "changed")
            self.detach.setVisible(claim.anchor == "changed")
            self.diff.setVisible(claim.anchor == "changed" and current_text is not None)
            if claim.anchor == "orphaned":
                self.warning.setText(
                    self.tr(
                        "⚠ These words are no longer in the document. "
                        "Select the right words and re-attach the claim."
                    )
                )
            elif claim.anchor == "changed":
                self.warning.setText(
                    self.tr(
                        "⚠ Quote edited since verification. "
                        "What was verified, and what it says now:"
                    )
                )
                self.diff.setText(diff_html(claim.exact, current_text or ""))
            _set_line(self.summary, claim.summary)
            _set_line(self.speaker, claim.speaker)
            self.kind.setCurrentText(claim.kind)
            self.verdict.setCurrentIndex(VERDICTS.index(claim.verdict))
            _set_line(self.tags, ", ".join(claim.tags))
            _set_plain(self.note, claim.note)
            _set_plain(self.context, claim.context)
            self._sources = list(claim.sources)
            row = self.sources.currentRow()
            self.sources.clear()
            for source in self._sources:
                item = QListWidgetItem(source.title or source.url or self.tr("(untitled source)"))
                item.setToolTip(
                    plain_tip(
                        "\n".join(x for x in (source.url, source.accessed, source.archive_url) if x)
                    )
                )
                self.sources.addItem(item)
            if 0 <= row < self.sources.count():
                self.sources.setCurrentRow(row)
            self._source_selected(self.sources.currentRow())
        finally:
            self._loading = False

    # -- editing -----------------------------------------------------------------------

    def _edit(self, field: str, value: Any) -> None:
        if not self._loading and self.claim_id:
            self.editRequested.emit(self.claim_id, field, value)

    def _edit_tags(self) -> None:
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        self._edit("tags", list(dict.fromkeys(tags)))

    def _add_source(self) -> None:
        dialog = SourceDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._edit("sources", [*self._sources, dialog.source()])

    def _edit_source(self) -> None:
        row = self.sources.currentRow()
        if not 0 <= row < len(self._sources):
            return
        dialog = SourceDialog(self._sources[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            sources = list(self._sources)
            sources[row] = dialog.source()
            self._edit("sources", sources)

    def _remove_source(self) -> None:
        row = self.sources.currentRow()
        if 0 <= row < len(self._sources):
            self._edit("sources", self._sources[:row] + self._sources[row + 1 :])

    def _source_selected(self, row: int) -> None:
        ok = 0 <= row < len(self._sources) and is_web_link(self._sources[row].url)
        self.open_link.setEnabled(ok)

    def _open_source(self) -> None:
        row = self.sources.currentRow()
        if 0 <= row < len(self._sources) and is_web_link(self._sources[row].url):
            QDesktopServices.openUrl(QUrl(self._sources[row].url.strip()))


def diff_html(old: str, new: str) -> str:
    """The word diff with deletions struck through and insertions underlined: a second
    cue besides colour."""
    parts = []
    for op, words in word_diff(old, new):
        words = html.escape(words)
        if op == "-":
            parts.append(f'<s style="color:#D55E00">{words}</s>')
        elif op == "+":
            parts.append(f'<u style="color:#009E73"><b>{words}</b></u>')
        else:
            parts.append(words)
    return " ".join(parts)


def _set_line(widget: QLineEdit, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def _set_plain(widget: QPlainTextEdit, text: str) -> None:
    if widget.toPlainText() != text:
        cursor = widget.textCursor()
        position = cursor.position()
        widget.setPlainText(text)
        cursor = widget.textCursor()
        cursor.setPosition(min(position, widget.document().characterCount() - 1))
        widget.setTextCursor(cursor)
