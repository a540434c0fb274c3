import json
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.claims import Claim, Source, claim_for_span
from reader.documents import load_document
from reader.errors import ConflictError, FutureVersionError, NotesError, ReadOnlyNotesError
from reader.store import NotesStore, notes_path_for
from tests_support import FIXTURES


@pytest.fixture
def minutes(tmp_path):
    """The version-1 fixture (document + notes) copied to a private folder."""
    for name in ("minutes.txt", "minutes.txt.claims.json"):
        shutil.copy(FIXTURES / "notes-v1" / name, tmp_path / name)
    return load_document(tmp_path / "minutes.txt")


def test_version_1_fixture_loads_every_field(minutes):
    notes = NotesStore.for_document(minutes).load(minutes)
    first, second = notes.claims
    assert first.id == "c-potholes"
    assert (
        minutes.text[first.start : first.end] == first.exact == "We fixed 1,240 potholes last year."
    )
    assert first.anchor == "exact"
    assert (first.kind, first.speaker, first.verdict) == ("quote", "Rosa Imbert", "mostly-accurate")
    assert first.note == "Roads department log says 1,198.\nClose enough."
    assert first.sources == [
        Source(
            url="https://example.org/roads-2025",
            title="Roads annual report 2025",
            accessed="2026-02-04",
            archive_url="https://web.archive.org/web/2026/https://example.org/roads-2025",
            excerpt="1,198 repairs",
        )
    ]
    assert first.tags == ["roads", "budget"]
    assert second.verdict == "false"


def test_saving_unchanged_notes_rewrites_the_same_bytes(minutes):
    path = notes_path_for(minutes.path)
    before = path.read_bytes()
    store = NotesStore.for_document(minutes)
    store.save(store.load(minutes), minutes)
    assert path.read_bytes() == before


def test_one_edit_is_one_small_hunk(minutes):
    path = notes_path_for(minutes.path)
    before = path.read_text().splitlines()
    store = NotesStore.for_document(minutes)
    notes = store.load(minutes)
    notes.claims[1].verdict = "misleading"
    store.save(notes, minutes)
    after = path.read_text().splitlines()
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert [after[i].strip() for i in changed] == ['"verdict": "misleading",']


def test_unknown_fields_survive_a_round_trip(minutes):
    path = notes_path_for(minutes.path)
    data = json.loads(path.read_text())
    data["future_top"] = {"x": 1}
    data["document"]["language"] = "en"
    data["claims"][0]["reviewer"] = "kim"
    data["claims"][0]["target"]["source"] = "https://example.org/minutes"
    data["claims"][0]["target"]["selector"].append({"type": "CssSelector", "value": "#p2"})
    data["claims"][0]["sources"][0]["license"] = "CC-BY"
    path.write_text(json.dumps(data))
    store = NotesStore.for_document(minutes)
    store.save(store.load(minutes), minutes)
    again = json.loads(path.read_text())
    assert again["future_top"] == {"x": 1}
    assert again["document"]["language"] == "en"
    claim = again["claims"][0]
    assert claim["reviewer"] == "kim"
    assert claim["target"]["source"] == "https://example.org/minutes"
    assert claim["target"]["selector"][2] == {"type": "CssSelector", "value": "#p2"}
    assert claim["sources"][0]["license"] == "CC-BY"


def test_integers_beyond_64_bits_survive_exactly(minutes):
    """orjson would read them as floats (found by the Hypothesis round trip below)."""
    path = notes_path_for(minutes.path)
    data = json.loads(path.read_text())
    data["claims"][0]["x-review"] = -(2**63) - 1
    data["claims"][1]["x-count"] = 2**64
    path.write_text(json.dumps(data))
    store = NotesStore.for_document(minutes)
    notes = store.load(minutes)
    assert notes.claims[0].extra["x-review"] == -(2**63) - 1
    store.save(notes, minutes)
    again = json.loads(path.read_text())
    assert (again["claims"][0]["x-review"], again["claims"][1]["x-count"]) == (-(2**63) - 1, 2**64)


def test_quote_only_and_position_only_selectors_are_completed(minutes):
    path = notes_path_for(minutes.path)
    data = json.loads(path.read_text())
    quote_sel, pos_sel = data["claims"][0]["target"]["selector"]
    data["claims"][0]["target"]["selector"] = [
        {"type": "TextQuoteSelector", "exact": quote_sel["exact"]}
    ]
    data["claims"][1]["target"]["selector"] = [pos_sel | {"start": 0, "end": 7}]
    path.write_text(json.dumps(data))
    notes = NotesStore.for_document(minutes).load(minutes)
    by_id = {c.id: c for c in notes.claims}
    assert (by_id["c-potholes"].start, by_id["c-potholes"].end) == (
        pos_sel["start"],
        pos_sel["end"],
    )
    assert by_id["c-arora"].exact == "Council"
    assert by_id["c-arora"].suffix.startswith(" minutes")


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (
            '{"format": "claim-reader", "version": 1,\n  "claims": [}',
            NotesError,
            "not valid JSON: Expecting value at line 2, column 14",
        ),
        ('{"type": "FeatureCollection"}', NotesError, "not a Claim Reader notes file"),
        ("[1, 2]", NotesError, "not a Claim Reader notes file"),
        (
            '{"format": "claim-reader", "version": 7, "claims": []}',
            FutureVersionError,
            "newer Claim Reader (format version 7",
        ),
        (
            '{"format": "claim-reader", "version": 1, "claims": [{"id": "c-1", "target": '
            '{"selector": [{"type": "TextQuoteSelector", "exact": "x"}]}, "verdict": "maybe"}]}',
            NotesError,
            "claim 1 (id c-1): verdict 'maybe' is not one of unverified, accurate",
        ),
        (
            '{"format": "claim-reader", "version": 1, "claims": [{"id": "c-2", "target": {}}]}',
            NotesError,
            "claim 1 (id c-2): 'target' must hold a 'selector' list",
        ),
    ],
)
def test_bad_notes_are_refused_by_name_and_never_overwritten(minutes, content, error, message):
    path = notes_path_for(minutes.path)
    path.write_text(content)
    store = NotesStore.for_document(minutes)
    with pytest.raises(error) as info:
        store.load(minutes)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert store.read_only
    with pytest.raises(ReadOnlyNotesError):
        store.save(claims_notes(minutes), minutes)
    assert path.read_text() == content
    store.save(claims_notes(minutes), minutes, overwrite=True)  # the user's explicit choice
    saved = json.loads(path.read_text())["claims"]
    assert [c["target"]["selector"][0]["exact"] for c in saved] == ["Council"]


def claims_notes(doc):
    from reader.store import Notes

    return Notes(claims=[claim_for_span(doc.text, 0, 7)])


def test_conflict_when_the_file_changed_on_disk(minutes):
    path = notes_path_for(minutes.path)
    store = NotesStore.for_document(minutes)
    notes = store.load(minutes)
    theirs = path.read_text().replace("Close enough.", "Checked again by Sam.")
    path.write_text(theirs)
    notes.claims[0].note = "mine"
    with pytest.raises(ConflictError) as info:
        store.save(notes, minutes)
    assert str(path) in str(info.value)
    assert path.read_text() == theirs
    store.save(notes, minutes, overwrite=True)
    assert "mine" in path.read_text()


def test_conflict_when_a_file_appeared_after_loading_none(tmp_path):
    doc_path = tmp_path / "d.txt"
    doc_path.write_text("Some text worth checking.")
    doc = load_document(doc_path)
    store = NotesStore.for_document(doc)
    notes = store.load(doc)
    assert notes.claims == []
    notes_path_for(doc_path).write_text("{}")
    with pytest.raises(ConflictError):
        store.save(notes, doc)


def test_interrupted_save_leaves_the_old_file_and_no_temporary(minutes, monkeypatch):
    path = notes_path_for(minutes.path)
    before = path.read_bytes()
    store = NotesStore.for_document(minutes)
    notes = store.load(minutes)
    notes.claims[0].note = "new"

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(NotesError, match="could not be saved"):
        store.save(notes, minutes)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["minutes.txt", path.name]


def test_save_keeps_the_previous_version_as_backup(minutes):
    path = notes_path_for(minutes.path)
    before = path.read_bytes()
    store = NotesStore.for_document(minutes)
    notes = store.load(minutes)
    notes.claims[0].note = "second thoughts"
    store.save(notes, minutes)
    assert path.with_name(path.name + ".bak").read_bytes() == before
    assert "second thoughts" in path.read_text()


# Any text a file can hold: everything but NUL (a binary file) and lone surrogates.
chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
texts = st.text(chars, min_size=1, max_size=40)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.text(chars, max_size=50),
    exact=texts,
    suffix=st.text(chars, max_size=50),
    speaker=st.text(max_size=20),
    note=st.text(max_size=80),
    tags=st.lists(st.text(max_size=10), max_size=3),
    extra=st.dictionaries(
        st.sampled_from(["x-review", "zz", "lang"]),
        st.one_of(st.text(), st.integers(), st.none()),
        max_size=2,
    ),
)
def test_any_unicode_round_trips(
    tmp_path_factory, prefix, exact, suffix, speaker, note, tags, extra
):
    folder = tmp_path_factory.mktemp("rt")
    text = prefix + exact + suffix
    (folder / "d.txt").write_text(text + "\nend", encoding="utf-8", newline="\n")
    doc = load_document(folder / "d.txt")
    start = len(prefix.replace("\r\n", "\n").replace("\r", "\n"))
    exact_n = exact.replace("\r\n", "\n").replace("\r", "\n")
    if doc.text[start : start + len(exact_n)] != exact_n or not exact_n:
        return  # a CR pair split across the parts: normalisation moved the boundary
    claim = claim_for_span(
        doc.text,
        start,
        start + len(exact_n),
        speaker=speaker,
        note=note,
        tags=tags,
        sources=[Source(url="https://e.org/ü", title=note)],
        extra=extra,
    )
    from reader.store import Notes

    NotesStore.for_document(doc).save(Notes(claims=[claim]), doc)
    loaded = NotesStore.for_document(doc).load(doc).claims
    assert len(loaded) == 1
    got = loaded[0]
    assert (got.exact, got.start, got.end, got.anchor) == (
        claim.exact,
        claim.start,
        claim.end,
        "exact",
    )
    assert (got.speaker, got.note, got.tags, got.sources, got.extra) == (
        speaker,
        note,
        tags,
        claim.sources,
        extra,
    )
    assert isinstance(got, Claim)
