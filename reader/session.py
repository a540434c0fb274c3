"""The session: one open document with its notes, and the one way to change them.

Every edit (add, remove, change a field, move a span, dismiss a detected quote) goes
through a ``Session`` method, which marks the notes dirty and tells its listeners what
changed. The UI's undo commands call these methods and its views listen; nothing else
mutates claims. No Qt here: the Qt adapter re-emits the hooks as signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.anchoring import count_states
from reader.claims import VERDICTS, Claim, claim_for_span, context_for, now_iso
from reader.documents import Document, load_document
from reader.errors import NotesError
from reader.store import Notes, NotesStore

if TYPE_CHECKING:  # the quote engine is imported where quotes are found, off the start-up path
    from reader.quotes import Analysis, Quote

EDITABLE = ("kind", "speaker", "summary", "verdict", "note", "context", "sources", "tags")


@dataclass(frozen=True)
class Change:
    """What changed: ``kind`` is added, removed, changed, span, dismissed, saved, dirty or
    reloaded; ``claim_id`` names the claim when there is one."""

    kind: str
    claim_id: str | None = None
    fields: tuple[str, ...] = field(default_factory=tuple)


Listener = Callable[[Change], None]


class Session:
    def __init__(
        self,
        document: Document,
        store: NotesStore,
        notes: Notes,
        load_error: NotesError | None = None,
    ):
        self.document = document
        self.store = store
        self.notes = notes
        self.load_error = load_error  # notes could not be read: read-only until resolved
        self.analysis: Analysis | None = None
        self.dirty = False
        self.listeners: list[Listener] = []

    @classmethod
    def open(cls, path: str | Path) -> Session:
        """Load a document and its notes. A bad notes file does not stop the document
        from opening: the session is read-only and ``load_error`` says why."""
        document = load_document(path)
        store = NotesStore.for_document(document)
        try:
            notes = store.load(document)
            error = None
        except NotesError as exc:
            notes, error = Notes(), exc
        return cls(document, store, notes, error)

    # -- reading -----------------------------------------------------------------------

    @property
    def claims(self) -> list[Claim]:
        return self.notes.claims

    @property
    def read_only(self) -> bool:
        return self.load_error is not None

    def claim(self, claim_id: str) -> Claim:
        for claim in self.notes.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def index_of(self, claim_id: str) -> int:
        return next(i for i, c in enumerate(self.notes.claims) if c.id == claim_id)

    def verdict_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for claim in self.notes.claims:
            counts[claim.verdict] += 1
        return counts

    def anchor_counts(self) -> dict[str, int]:
        return count_states(self.notes.claims)

    def speakers(self) -> list[str]:
        """Every speaker name the quotes and claims know, for completion."""
        names = {c.speaker for c in self.notes.claims if c.speaker}
        if self.analysis:
            names.update(q.speaker for q in self.analysis.quotes if q.speaker)
        return sorted(names)

    def visible_quotes(self, quotes: list | None = None) -> list:
        """Detected quotes (or their spans) minus those the user dismissed."""
        if quotes is None:
            quotes = self.analysis.quotes if self.analysis is not None else []
        dismissed = {(d.get("start"), d.get("end")) for d in self.notes.dismissed}
        return [q for q in quotes if (q.start, q.end) not in dismissed]

    # -- changing ----------------------------------------------------------------------

    def _emit(self, change: Change) -> None:
        for listener in list(self.listeners):
            listener(change)

    def _touch(self) -> None:
        if not self.dirty:
            self.dirty = True
            self._emit(Change("dirty"))

    def new_claim(self, start: int, end: int, **values: Any) -> Claim:
        """A claim over text[start:end] (not yet added): trims surrounding whitespace."""
        text = self.document.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            raise ValueError("a claim needs some text: the selection is empty")
        return claim_for_span(text, start, end, **values)

    def claim_for_quote(self, quote: Quote) -> Claim:
        return self.new_claim(quote.start, quote.end, kind="quote", speaker=quote.speaker or "")

    def add_claim(self, claim: Claim) -> None:
        self.notes.claims.append(claim)
        self.notes.sort()
        self._touch()
        self._emit(Change("added", claim.id))

    def remove_claim(self, claim_id: str) -> Claim:
        claim = self.claim(claim_id)
        self.notes.claims.remove(claim)
        self._touch()
        self._emit(Change("removed", claim_id))
        return claim

    def set_fields(self, claim_id: str, **values: Any) -> dict[str, Any]:
        """Change editable fields; returns their previous values (for undo)."""
        claim = self.claim(claim_id)
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        if "verdict" in values and values["verdict"] not in VERDICTS:
            raise ValueError(f"unknown verdict {values['verdict']!r}")
        old = {name: getattr(claim, name) for name in values}
        if old == values:
            return old
        for name, value in values.items():
            setattr(claim, name, list(value) if isinstance(value, list) else value)
        claim.modified = now_iso()
        self._touch()
        self._emit(Change("changed", claim_id, tuple(values)))
        return old

    def set_span(self, claim_id: str, start: int, end: int) -> tuple[int, int]:
        """Move a claim onto text[start:end] (re-attaching an orphan too); returns the old span."""
        claim = self.claim(claim_id)
        if not 0 <= start < end <= len(self.document.text):
            raise ValueError("the span must cover some text of the document")
        old = (claim.start, claim.end)
        claim.exact, claim.prefix, claim.suffix = context_for(self.document.text, start, end)
        claim.start, claim.end = start, end
        claim.anchor = "exact"
        claim.detached = False
        claim.modified = now_iso()
        self.notes.sort()
        self._touch()
        self._emit(Change("span", claim_id))
        return old

    def anchor_of(self, claim_id: str) -> tuple[Any, ...]:
        c = self.claim(claim_id)
        return (
            c.start,
            c.end,
            c.exact,
            c.prefix,
            c.suffix,
            c.anchor,
            c.detached,
            [dict(h) for h in c.history],
        )

    def restore_anchor(self, claim_id: str, anchor: tuple[Any, ...]) -> None:
        """Put back an anchor taken with ``anchor_of`` (orphan state included): for undo."""
        c = self.claim(claim_id)
        c.start, c.end, c.exact, c.prefix, c.suffix, c.anchor, c.detached, history = anchor
        c.history = [dict(h) for h in history]
        self.notes.sort()
        self._touch()
        self._emit(Change("span", claim_id))

    def current_text(self, claim_id: str) -> str | None:
        """The words the claim points at now (None for an orphan)."""
        c = self.claim(claim_id)
        return None if c.anchor == "orphaned" else self.document.text[c.start : c.end]

    def confirm_change(self, claim_id: str) -> None:
        """Accept the edited wording of a changed claim; the verified one goes to history."""
        c = self.claim(claim_id)
        if c.anchor != "changed":
            raise ValueError("only a changed claim has new words to confirm")
        c.history.append({"text": c.exact, "replaced": now_iso(), "document": self.document.sha256})
        c.exact, c.prefix, c.suffix = context_for(self.document.text, c.start, c.end)
        c.anchor = "exact"
        c.modified = now_iso()
        self._touch()
        self._emit(Change("span", claim_id))

    def set_detached(self, claim_id: str, detached: bool) -> None:
        """Leave a claim orphaned (its notes kept), or let it be looked for again."""
        c = self.claim(claim_id)
        c.detached = detached
        if detached:
            c.anchor = "orphaned"
        self._touch()
        self._emit(Change("span", claim_id))

    def dismiss(self, quote: Quote) -> None:
        exact, prefix, suffix = context_for(self.document.text, quote.start, quote.end)
        self.notes.dismissed.append(
            {
                "exact": exact,
                "prefix": prefix,
                "suffix": suffix,
                "start": quote.start,
                "end": quote.end,
            }
        )
        self._touch()
        self._emit(Change("dismissed"))

    def undismiss(self, quote: Quote) -> None:
        self.notes.dismissed = [
            d
            for d in self.notes.dismissed
            if (d.get("start"), d.get("end")) != (quote.start, quote.end)
        ]
        self._touch()
        self._emit(Change("dismissed"))

    # -- files -------------------------------------------------------------------------

    def save(self, *, overwrite: bool = False) -> None:
        """Save the notes (atomic). Raises ConflictError or ReadOnlyNotesError unless
        ``overwrite`` is the user's explicit choice."""
        self.store.save(self.notes, self.document, overwrite=overwrite)
        self.load_error = None
        self.dirty = False
        self._emit(Change("saved"))

    def save_as(self, path: str | Path) -> None:
        """Write the notes to another file and keep working there (a conflict's "keep mine")."""
        store = NotesStore(path)
        store.save(self.notes, self.document, overwrite=True)
        self.store = store
        self.load_error = None
        self.dirty = False
        self._emit(Change("saved"))

    def reload_notes(self) -> None:
        """Take the notes file as it is on disk now (a conflict's "reload theirs")."""
        try:
            self.notes = self.store.load(self.document)
            self.load_error = None
        except NotesError as exc:
            self.notes, self.load_error = Notes(), exc
        self.dirty = False
        self._emit(Change("reloaded"))


def copy_claim(claim: Claim) -> Claim:
    """A deep enough copy for undo: lists are copied, sources too."""
    return replace(
        claim,
        sources=[replace(s) for s in claim.sources],
        tags=list(claim.tags),
        **{
            f.name: dict(getattr(claim, f.name))
            for f in fields(claim)
            if f.name in ("extra", "target_extra")
        },
    )
