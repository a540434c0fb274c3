"""The session's mutation API and its change hooks (no Qt)."""

import shutil

import pytest

from reader.session import Change, Session
from tests_support import FIXTURES


@pytest.fixture
def session(tmp_path):
    for name in ("minutes.txt", "minutes.txt.claims.json"):
        shutil.copy(FIXTURES / "notes-v1" / name, tmp_path / name)
    session = Session.open(tmp_path / "minutes.txt")
    session.events = []
    session.listeners.append(session.events.append)
    return session


def test_edits_report_what_changed_and_mark_dirty(session):
    first = session.claims[0]
    old = session.set_fields(first.id, verdict="false", note="recount")
    assert old == {
        "verdict": "mostly-accurate",
        "note": "Roads department log says 1,198.\nClose enough.",
    }
    assert session.dirty
    assert session.events == [Change("dirty"), Change("changed", first.id, ("verdict", "note"))]
    assert first.modified != "2026-02-04T11:30:00Z"


def test_add_and_remove_keep_document_order(session):
    text = session.document.text
    start = text.index("Councillor Dev Arora")
    claim = session.new_claim(start - 1, start + len("Councillor Dev Arora") + 1)
    assert claim.exact == "Councillor Dev Arora"  # surrounding whitespace trimmed
    session.add_claim(claim)
    assert [c.id for c in session.claims][1] == claim.id
    assert session.remove_claim(claim.id) is claim
    assert claim.id not in [c.id for c in session.claims]
    with pytest.raises(ValueError):
        session.new_claim(3, 3)


def test_refuses_unknown_fields_and_verdicts(session):
    claim_id = session.claims[0].id
    with pytest.raises(ValueError):
        session.set_fields(claim_id, start=4)
    with pytest.raises(ValueError):
        session.set_fields(claim_id, verdict="maybe")


def test_span_moves_and_restores(session):
    claim = session.claims[0]
    before = session.anchor_of(claim.id)
    session.set_span(claim.id, 0, 7)
    assert claim.exact == "Council"
    session.restore_anchor(claim.id, before)
    assert session.anchor_of(claim.id) == before


def test_bad_notes_open_read_only_and_are_never_written(tmp_path):
    (tmp_path / "d.txt").write_text('He said, "Hello."')
    notes = tmp_path / "d.txt.claims.json"
    notes.write_text("{broken")
    session = Session.open(tmp_path / "d.txt")
    assert session.read_only and "not valid JSON" in session.load_error.problem
    from reader.errors import ReadOnlyNotesError

    with pytest.raises(ReadOnlyNotesError):
        session.save()
    assert notes.read_text() == "{broken"
