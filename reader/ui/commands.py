"""Undo commands: one small QUndoCommand per session operation.

Each command calls the session's mutation API in ``redo`` and its inverse in ``undo``;
typing in one field of one claim merges into a single undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from reader.claims import Claim
from reader.session import Session, copy_claim

if TYPE_CHECKING:
    from reader.quotes import Quote

_TEXT_FIELDS = ("summary", "speaker", "note", "context")
_MERGE_ID = 1


class AddClaim(QUndoCommand):
    def __init__(self, session: Session, claim: Claim, text: str = "New claim"):
        super().__init__(text)
        self.session, self.claim = session, copy_claim(claim)

    def redo(self) -> None:
        self.session.add_claim(copy_claim(self.claim))

    def undo(self) -> None:
        self.session.remove_claim(self.claim.id)


class RemoveClaim(QUndoCommand):
    def __init__(self, session: Session, claim_id: str):
        super().__init__("Delete claim")
        self.session, self.claim_id = session, claim_id
        self.claim: Claim | None = None

    def redo(self) -> None:
        self.claim = copy_claim(self.session.remove_claim(self.claim_id))

    def undo(self) -> None:
        assert self.claim is not None
        self.session.add_claim(copy_claim(self.claim))


class EditField(QUndoCommand):
    def __init__(self, session: Session, claim_id: str, field: str, value: Any):
        super().__init__(f"Edit {field}")
        self.session, self.claim_id, self.field = session, claim_id, field
        self.value = value
        old = getattr(session.claim(claim_id), field)
        # lists are copied; their items (tags, Source objects) are never changed in place
        self.old = list(old) if isinstance(old, list) else old

    def redo(self) -> None:
        self.session.set_fields(self.claim_id, **{self.field: self.value})

    def undo(self) -> None:
        self.session.set_fields(self.claim_id, **{self.field: self.old})

    def id(self) -> int:  # noqa: A003 (Qt override)
        return _MERGE_ID if self.field in _TEXT_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditField):
            return False
        if (other.claim_id, other.field) != (self.claim_id, self.field):
            return False
        self.value = other.value
        return True


class ChangeAnchor(QUndoCommand):
    """Any change to where a claim points (resize, re-attach, confirm new wording, leave
    orphaned), undone by putting back the anchor it had."""

    def __init__(self, session: Session, claim_id: str, text: str, apply: Callable[[], None]):
        super().__init__(text)
        self.session, self.claim_id, self.apply = session, claim_id, apply
        self.old = session.anchor_of(claim_id)

    def redo(self) -> None:
        self.apply()

    def undo(self) -> None:
        self.session.restore_anchor(self.claim_id, self.old)


def set_span(session: Session, claim_id: str, start: int, end: int, text: str) -> ChangeAnchor:
    return ChangeAnchor(session, claim_id, text, lambda: session.set_span(claim_id, start, end))


def confirm_change(session: Session, claim_id: str) -> ChangeAnchor:
    """Accept the edited words of a changed claim (the verified ones go to its history)."""
    return ChangeAnchor(
        session, claim_id, "Confirm new wording", lambda: session.confirm_change(claim_id)
    )


def detach(session: Session, claim_id: str) -> ChangeAnchor:
    """Leave a claim orphaned: its notes are kept, its words no longer looked for."""
    return ChangeAnchor(
        session, claim_id, "Leave claim orphaned", lambda: session.set_detached(claim_id, True)
    )


class DismissQuote(QUndoCommand):
    def __init__(self, session: Session, quote: Quote):
        super().__init__("Dismiss detected quote")
        self.session, self.quote = session, quote

    def redo(self) -> None:
        self.session.dismiss(self.quote)

    def undo(self) -> None:
        self.session.undismiss(self.quote)
