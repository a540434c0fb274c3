"""The main window: assembles the document view, the claims pane and the editor, and
wires them to one session through undo commands.

Changes flow one way: an action or an edit pushes an undo command, the command calls the
session, the session reports a ``Change`` (re-emitted here as a Qt signal) and the views
refresh from it. Notes are autosaved shortly after the last edit.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.claims import VERDICT_LABELS
from reader.errors import ConflictError, NotesError, ReaderError
from reader.gcpause import gc_paused
from reader.prefs import Prefs
from reader.session import Change, Session
from reader.ui import actions, dialogs
from reader.ui.app import user_folder
from reader.ui.commands import (
    AddClaim,
    DismissQuote,
    EditField,
    RemoveClaim,
    confirm_change,
    detach,
    set_span,
)
from reader.ui.docview import DocumentView, Mark, block_starts, bucket_marks
from reader.ui.findbar import FindBar
from reader.ui.sidepane import ClaimsPane

if TYPE_CHECKING:
    from reader.ui.claimeditor import ClaimEditor

AUTOSAVE_MS = 1500


def quote_marks(quotes: list) -> list[Mark]:
    return [Mark(q.start, q.end, "quote", i) for i, q in enumerate(quotes)]


class SessionBridge(QObject):
    """Re-emits the core's plain hooks as Qt signals (the one adapter)."""

    changed = Signal(object)  # a reader.session.Change
    spotted = Signal(object, object)  # session, (marks, buckets): a worker's quotes, unattributed
    analysed = Signal(object, object)  # session, (analysis, quotes, marks, buckets): a worker's


class MainWindow(QMainWindow):
    def __init__(self, prefs: Prefs | None = None, settings: QSettings | None = None):
        super().__init__()
        self.prefs = prefs or Prefs(user_folder(config=True) / "prefs.json")
        self.settings = settings or QSettings("claim-reader", "Claim Reader")
        self.session: Session | None = None
        self.undo = QUndoStack(self)
        self.bridge = SessionBridge()
        self.bridge.changed.connect(self._on_change)
        self.bridge.spotted.connect(self._on_spotted)
        self.bridge.analysed.connect(self._on_analysed)
        self.current_claim: str | None = None
        self.current_quote: int | None = None
        self.quotes: list = []  # the detected quotes shown, dismissed ones left out
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)
        self.setAcceptDrops(True)
        self._build()
        self._restore_layout()
        self._update_title()
        self._update_actions()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.view = DocumentView()
        self.view.claimClicked.connect(self.select_claim)
        self.view.quoteClicked.connect(self.select_quote)
        self.view.spanResizeRequested.connect(self._resize_claim)
        self.view.tip_for = self._tip
        self.find_bar = FindBar(self.view)
        self.find_bar.notFound.connect(
            lambda needle: self.statusBar().showMessage(self.tr("Not found: %s") % needle, 4000)
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        page = QHBoxLayout()  # the text column never grows wider than a reading measure
        page.addStretch(1)
        self.view.setMaximumWidth(self.view.reading_width())
        page.addWidget(self.view, 100)
        page.addStretch(1)
        left_layout.addLayout(page)
        left_layout.addWidget(self.find_bar)

        self.pane = ClaimsPane()
        self.pane.claimChosen.connect(
            lambda claim_id: claim_id != self.current_claim and self.select_claim(claim_id)
        )
        self.model, self.list, self.banner = self.pane.model, self.pane.list, self.pane.banner
        self._editor: ClaimEditor | None = None  # built when the first claim is shown

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.pane)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.setCentralWidget(self.split)

        self.counts = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts)
        self.actions_ = actions.build(self)
        a = self.actions_
        self.view.context_actions = [a["new_claim"], a["verify"], a["dismiss"], None, a["delete"]]
        self._fill_recent()

    def _fill_recent(self) -> None:
        actions.fill_recent(self.recent_menu, self.prefs.recent, self.open_path)

    @property
    def editor(self) -> ClaimEditor:
        if self._editor is None:
            from reader.ui.claimeditor import ClaimEditor  # off the start-up path

            editor = self._editor = ClaimEditor()
            editor.editRequested.connect(self._edit_field)
            editor.reattachRequested.connect(self.reattach)
            editor.confirmRequested.connect(
                lambda cid: self._push(confirm_change(self.session, cid))
            )
            editor.detachRequested.connect(lambda cid: self._push(detach(self.session, cid)))
            editor.shown.connect(lambda on: self.pane.editor_stack.setCurrentIndex(int(on)))
            self.pane.editor_scroll.setWidget(editor)
            if self.session:
                editor.set_read_only(self.session.read_only)
                editor.set_speakers(self.session.speakers())
        return self._editor

    def _show_editor(self, claim) -> None:
        if claim is None and self._editor is None:
            self.pane.editor_stack.setCurrentIndex(0)
        else:
            current = self.session.current_text(claim.id) if claim is not None else None
            self.editor.load(claim, current)

    # -- layout memory -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        self.keep_layout = True  # False for a screenshot: it must not change the user's layout
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        self._layout_restored = False
        for key, splitter in (("window/split", self.split), ("window/pane", self.pane)):
            state = self.settings.value(key)
            if state is not None:
                self._layout_restored = splitter.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._layout_restored:  # first run: the document gets three fifths
            self._layout_restored = True
            width = self.split.width()
            self.split.setSizes([width * 3 // 5, width - width * 3 // 5])
            height = self.pane.height()
            self.pane.setSizes([height * 2 // 5, height - height * 2 // 5])

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/split", self.split.saveState())
        self.settings.setValue("window/pane", self.pane.saveState())

    # -- opening -----------------------------------------------------------------------

    def choose_document(self) -> None:
        folder = str(self.session.document.path.parent) if self.session else ""
        path = dialogs.ask_open_path(self, folder)
        if path:
            self.open_path(path)

    def open_path(self, path: Path, wait: bool = False, remember: bool = True) -> bool:
        """Open a document; the current notes are saved first (nothing is lost).
        ``wait``: find the quotes before returning (screenshots, tests)."""
        if not self.settle_notes():
            return False
        try:
            session = Session.open(path)
        except ReaderError as exc:
            dialogs.show_error(self, self.tr("Cannot open document"), exc)
            return False
        if self.session:
            self.session.listeners.clear()
        self.session = session
        session.listeners.append(self.bridge.changed.emit)
        self.undo.clear()
        self.current_claim = self.current_quote = None
        self.view.set_document_text(session.document.text)
        self.view.set_marks("quote", [])
        self.model.set_session(session)
        self._refresh_claims()
        self._show_editor(None)
        if self._editor:
            self._editor.set_read_only(session.read_only)
        if remember:
            self.prefs.add_recent(session.document.path)
            self._fill_recent()
        self._update_title()
        self._update_actions()
        if session.load_error is not None:
            dialogs.show_error(self, self.tr("Notes opened read-only"), session.load_error)
        self._analyse(session, wait)
        return True

    def _analyse(self, session: Session, wait: bool) -> None:
        """Detect quotes off the GUI thread; the document is readable meanwhile."""
        self.progress.show()
        self.statusBar().showMessage(self.tr("Finding quotes…"))
        text = session.document.text

        def work(spotted) -> tuple:
            from reader.quotemarks import find_spans, paragraph_breaks

            # The worker makes a few hundred thousand objects that all live on: a full
            # collection meanwhile would walk them all holding the GIL, freezing the window.
            with gc_paused():
                # The quotes are highlighted first, their speakers found after: the quote
                # engine takes ten times as long (and a tenth of a second to import).
                starts = block_starts(text)
                breaks = paragraph_breaks(text)
                spans = find_spans(text, breaks)
                early = quote_marks(session.visible_quotes(spans))
                spotted(session, (early, bucket_marks(starts, early)))

                from reader.quotes import analyse  # its patterns compile here, not at start-up

                analysis = analyse(text, breaks, spans)
                quotes = session.visible_quotes(analysis.quotes)
                marks = quote_marks(quotes)
                if marks == early:  # no span was a title after all: as highlighted
                    result = analysis, quotes, None, None
                else:
                    result = analysis, quotes, marks, bucket_marks(starts, marks)
                gc.freeze()  # and none later: they are kept, freed by reference counting
            return result

        if wait:
            self.view.load_all()
            self._on_analysed(session, work(self._on_spotted))
        else:  # once the document is on screen: the worker competes for the GIL
            # and hands it back every millisecond, not every five (Python's default):
            # the window takes it many times an event, so it is never kept waiting long
            sys.setswitchinterval(0.001)

            def run() -> None:
                result = work(self.bridge.spotted.emit)
                try:
                    self.bridge.analysed.emit(session, result)
                except RuntimeError:
                    pass  # the window was closed meanwhile

            self.view.after_paint(
                lambda: threading.Thread(target=run, name="quotes", daemon=True).start()
            )

    def _on_spotted(self, session: Session, result: tuple) -> None:
        if session is not self.session:
            return
        self.statusBar().showMessage(self.tr("Finding the speakers…"))
        self._refresh_quotes([], *result)

    def _on_analysed(self, session: Session, result: tuple) -> None:
        if session is not self.session:
            return  # a document that has been closed since
        analysis, quotes, marks, buckets = result
        session.analysis = analysis
        self.progress.hide()
        self.statusBar().clearMessage()
        if marks is None:  # highlighted already
            self.quotes = quotes
            self._update_status()
        else:
            self._refresh_quotes(quotes, marks, buckets)
        if self._editor:
            self._editor.set_speakers(session.speakers())

    # -- reacting to the session -------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        if kind in ("added", "removed", "span", "reloaded"):
            self.model.reset()
            self._refresh_claims()
            if kind == "added":
                self.select_claim(change.claim_id)
            elif self.current_claim and self._claim_or_none(self.current_claim) is None:
                self.select_claim(None)
            else:
                self._show_current()
        elif kind == "changed":  # typing comes here once a keystroke: keep it light
            self.model.claim_changed(change.claim_id)
            if "verdict" in change.fields:
                self._refresh_claims()  # its colour
            elif {"speaker", "tags"} & set(change.fields):
                self.pane.refill_filter_choices(self.session.claims if self.session else [])
            if change.claim_id == self.current_claim:
                self._show_editor(self.session.claim(change.claim_id))
        if kind in ("dismissed", "reloaded"):
            self._refresh_quotes()
        if kind == "reloaded":
            self.undo.clear()
            if self._editor:
                self._editor.set_read_only(self.session.read_only)
        if kind in ("saved", "reloaded"):
            self.autosave.stop()
        elif self.session and self.session.dirty and not self.session.read_only:
            self.autosave.start()
        self._update_title()
        if kind != "changed" or "verdict" in change.fields:  # not on every keystroke
            self._update_status()
        self._update_actions()

    def _claim_or_none(self, claim_id: str):
        try:
            return self.session.claim(claim_id) if self.session else None
        except KeyError:
            return None

    def _refresh_claims(self) -> None:
        claims = self.session.claims if self.session else []
        marks = [
            Mark(c.start, c.end, "claim", c.id, c.verdict) for c in claims if c.anchor != "orphaned"
        ]
        self.view.set_marks("claim", marks)
        self.pane.refill_filter_choices(self.session.claims if self.session else [])
        self.pane.apply_filters()

    def _refresh_quotes(self, quotes=None, marks=None, buckets=None) -> None:
        if quotes is None:
            quotes = self.session.visible_quotes() if self.session else []
            marks = quote_marks(quotes)
        self.quotes = quotes
        self.view.set_marks("quote", marks, buckets)
        self.current_quote = None
        self._update_status()

    def _tip(self, mark: Mark) -> str:
        if mark.kind == "quote" and not self.quotes:
            return self.tr("Quote: finding its speaker…")
        if mark.kind == "quote" and 0 <= mark.key < len(self.quotes):
            q = self.quotes[mark.key]
            return f"Quote: {q.speaker or 'speaker unknown'}" + (" (partial)" if q.partial else "")
        claim = self._claim_or_none(mark.key) if mark.kind == "claim" else None
        if claim is None:
            return ""
        return VERDICT_LABELS[claim.verdict] + (f" — {claim.speaker}" if claim.speaker else "")

    def _update_title(self) -> None:
        name = self.session.document.path.name if self.session else self.tr("No document")
        suffix = self.tr(" (notes read-only)") if self.session and self.session.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — Claim Reader")
        self.setWindowModified(bool(self.session and self.session.dirty))

    def _update_status(self) -> None:
        if not self.session:
            self.counts.setText("")
            self.banner.hide()
            return
        verdicts = self.session.verdict_counts()
        parts = [f"{VERDICT_LABELS[v]} {n}" for v, n in verdicts.items() if n]
        anchors = self.session.anchor_counts()
        text = f"{len(self.session.claims)} claims" + (f" ({', '.join(parts)})" if parts else "")
        if self.session.analysis is not None:
            text += f" · {len(self.quotes)} quotes detected"
        revisions = [f"{anchors['moved']} moved"] if anchors["moved"] else []
        if anchors["changed"]:
            revisions.append(f"⚠ {anchors['changed']} quote(s) edited since verification")
        if anchors["orphaned"]:
            revisions.append(f"⚠ {anchors['orphaned']} orphaned")
        self.counts.setText(" · ".join([text, *revisions]))
        self.banner.setVisible(bool(anchors["changed"] or anchors["orphaned"]))
        self.banner.setText(
            self.tr("The document changed since these notes were made: ")
            + ", ".join(revisions)
            + "."
        )

    def _update_actions(self) -> None:
        has = self.session is not None
        writable = has and not self.session.read_only
        a = self.actions_
        for key in ("new_claim", "verify", "dismiss", "delete"):
            a[key].setEnabled(writable)
        for key in (
            "save",
            "save_as",
            "find",
            "find_next",
            "find_prev",
            "next_claim",
            "prev_claim",
            "next_quote",
            "prev_quote",
        ):
            a[key].setEnabled(has)
        a["replace"].setEnabled(has and self.session.read_only)

    # -- selection and navigation -----------------------------------------------------

    def select_claim(self, claim_id: str | None, scroll: bool = True) -> None:
        self.current_claim = claim_id
        claim = self._claim_or_none(claim_id) if claim_id else None
        self._show_editor(claim)
        self.view.resizing_claim = claim.id if claim and not self.session.read_only else None
        if claim_id:
            self.pane.show_claim_row(claim_id)
        if claim is not None and claim.anchor != "orphaned":
            self.current_quote = None
            self.view.emphasise(Mark(claim.start, claim.end, "claim", claim.id, claim.verdict))
            if scroll:
                self.view.show_span(claim.start, claim.end)
        else:
            self.view.emphasise(None)

    def _show_current(self) -> None:
        if self.current_claim:
            self.select_claim(self.current_claim, scroll=False)

    def select_quote(self, index: int) -> None:
        if not 0 <= index < len(self.quotes):
            return
        quote = self.quotes[index]
        self.current_quote = index
        self.current_claim = None
        self.view.resizing_claim = None
        self.list.clearSelection()
        self._show_editor(None)
        self.view.emphasise(Mark(quote.start, quote.end, "quote", index))
        self.view.show_span(quote.start, quote.end)
        who = quote.speaker or self.tr("speaker unknown")
        self.statusBar().showMessage(
            self.tr("Quote by %s — %s. Ctrl+Return to verify it, Ctrl+D to dismiss it.")
            % (who, quote.reason)
        )

    def clear_selection(self) -> None:
        if self.find_bar.isVisible():  # Esc closes the find bar first
            self.find_bar.close_bar()
            return
        self.current_claim = self.current_quote = None
        self.view.resizing_claim = None
        self.view.emphasise(None)
        self._show_editor(None)
        self.list.clearSelection()

    def _here(self) -> int:
        if self.current_claim and (claim := self._claim_or_none(self.current_claim)):
            return claim.start
        if self.current_quote is not None:
            return self.quotes[self.current_quote].start
        return self.view.map.from_qt(self.view.textCursor().position())

    def step_claim(self, step: int) -> None:
        claims = [
            c for c in (self.session.claims if self.session else []) if c.anchor != "orphaned"
        ]
        if not claims:
            return
        here = self._here()
        if step > 0:
            target = next((c for c in claims if c.start > here), claims[0])
        else:
            target = next((c for c in reversed(claims) if c.start < here), claims[-1])
        self.select_claim(target.id)

    def step_quote(self, step: int) -> None:
        if not self.quotes:
            return
        here = self._here()
        starts = [q.start for q in self.quotes]
        if step > 0:
            index = next((i for i, s in enumerate(starts) if s > here), 0)
        else:
            index = next(
                (i for i in range(len(starts) - 1, -1, -1) if starts[i] < here), len(starts) - 1
            )
        self.select_quote(index)

    # -- editing -----------------------------------------------------------------------

    def _writable(self) -> bool:
        if self.session is None:
            return False
        if self.session.read_only:
            self.statusBar().showMessage(
                self.tr("The notes are read-only: ") + self.session.load_error.problem, 8000
            )
            return False
        return True

    def claim_from_selection(self) -> None:
        span = self.view.selection_span()
        if not self._writable():
            return
        if span is None:
            self.statusBar().showMessage(self.tr("Select the words of the claim first."), 5000)
            return
        try:
            claim = self.session.new_claim(*span)
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        for quote in self.quotes:  # inside a detected quote: its speaker
            if quote.start <= claim.start and claim.end <= quote.end and quote.speaker:
                claim.speaker = quote.speaker
        for turn in self.session.analysis.turns if self.session.analysis else []:
            if turn.start <= claim.start < turn.end and not claim.speaker:
                claim.speaker = turn.speaker
        self.undo.push(AddClaim(self.session, claim))
        self.editor.summary.setFocus()

    def verify_quote(self) -> None:
        if self.current_quote is None:
            self.statusBar().showMessage(self.tr("Pick a detected quote first (F8)."), 5000)
            return
        claim = self.session.claim_for_quote(self.quotes[self.current_quote])
        self._push(AddClaim(self.session, claim, self.tr("Verify quote")))

    def dismiss_quote(self) -> None:
        if self.current_quote is not None and self._writable():
            self.undo.push(DismissQuote(self.session, self.quotes[self.current_quote]))
            self.view.emphasise(None)

    def delete_claim(self) -> None:
        if self.current_claim:
            self._push(RemoveClaim(self.session, self.current_claim))

    def _push(self, command) -> None:
        if self._writable():
            self.undo.push(command)

    def _edit_field(self, claim_id: str, field: str, value) -> None:
        self._push(EditField(self.session, claim_id, field, value))

    def _resize_claim(self, claim_id: str, start: int, end: int) -> None:
        self._push(set_span(self.session, claim_id, start, end, self.tr("Resize claim")))

    def reattach(self, claim_id: str) -> None:
        span = self.view.selection_span()
        if span is None:
            self.statusBar().showMessage(self.tr("Select the words to attach the claim to."), 5000)
            return
        self._push(set_span(self.session, claim_id, *span, self.tr("Re-attach claim")))

    # -- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Save now. Returns False when the notes are still unsaved."""
        session = self.session
        if session is None or not session.dirty:
            return True
        if session.read_only:
            return False
        try:
            session.save()
        except ConflictError:
            return self._resolve_conflict()
        except NotesError as exc:
            dialogs.show_error(self, self.tr("Notes not saved"), exc)
            return False
        self.statusBar().showMessage(self.tr("Notes saved to %s") % session.store.path.name, 3000)
        return True

    def _resolve_conflict(self) -> bool:
        self.autosave.stop()
        answer = dialogs.ask_conflict(self, self.session.store.path)
        if answer == "reload":
            self.session.reload_notes()
            if self.session.load_error:
                dialogs.show_error(self, self.tr("Notes opened read-only"), self.session.load_error)
            return True
        if answer == "save_as":
            return self.save_as()
        return False

    def save_as(self) -> bool:
        if self.session is None:
            return False
        path = dialogs.ask_save_path(self, self.session.store.path)
        if path is None:
            return False
        try:
            self.session.save_as(path)
        except NotesError as exc:
            dialogs.show_error(self, self.tr("Notes not saved"), exc)
            return False
        if self._editor:
            self._editor.set_read_only(False)
        self._update_actions()
        return True

    def replace_unreadable_notes(self) -> None:
        session = self.session
        if session is None or not session.read_only:
            return
        if dialogs.confirm(
            self,
            self.tr("Replace notes"),
            self.tr("Start new notes for this document? The unreadable file is kept as %s.bak.")
            % session.store.path.name,
        ):
            try:
                session.save(overwrite=True)
            except NotesError as exc:
                dialogs.show_error(self, self.tr("Notes not saved"), exc)
                return
            if self._editor:
                self._editor.set_read_only(False)
            self._update_title()
            self._update_actions()

    def settle_notes(self) -> bool:
        """Before closing or opening another document: save, or let the user decide.
        False means stay: the notes are not safe yet."""
        session = self.session
        if session is None or not session.dirty or session.read_only:
            return True  # read-only notes are never written, and hold no edits
        try:
            session.save()
            return True
        except ConflictError:
            return self._resolve_conflict()
        except NotesError as exc:
            answer = dialogs.ask_unsaved(self, exc.problem)
            return answer == "discard" or (answer == "save_as" and self.save_as())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.settle_notes():
            event.ignore()
            return
        if self.keep_layout:
            self._save_layout()
        event.accept()

    # -- drag and drop -----------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.open_path(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
