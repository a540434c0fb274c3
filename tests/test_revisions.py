"""Notes that survive revisions: real edits to a document under saved notes."""

import json
import shutil
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.anchoring import reanchor
from reader.claims import claim_for_span
from reader.fuzzy import diff_text, normalise, word_diff
from reader.resources import sample_document
from reader.session import Session

BUDGET = (
    "We have set aside 2.4 billion crowns for flood defences over the next four years, "
    "which is three times what the previous government spent."
)
PUMPS = "Half of our pumping stations were built before 1980."
OWE = "We owe them walls that hold."


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "readout.txt"
    shutil.copy(sample_document(), path)
    session = Session.open(path)
    text = session.document.text
    for words in (BUDGET, PUMPS, OWE):
        start = text.index(words)
        session.add_claim(session.new_claim(start, start + len(words), verdict="accurate"))
    session.save()
    return path


def reopen(doc, edit):
    doc.write_text(edit(doc.read_text(encoding="utf-8")), encoding="utf-8")
    session = Session.open(doc)
    return session, {c.exact[:12]: c for c in session.claims}


def test_words_inserted_before_claims_move_them(doc):
    session, by = reopen(doc, lambda t: t.replace("This morning,", "This morning (10:00),"))
    assert {c.anchor for c in session.claims} == {"moved"}
    for claim in session.claims:
        assert session.current_text(claim.id) == claim.exact


def test_words_inserted_inside_a_quote_flag_it_changed(doc):
    session, by = reopen(
        doc, lambda t: t.replace("over the next four years", "over the next four or five years")
    )
    claim = by[BUDGET[:12]]
    assert claim.anchor == "changed"
    assert claim.exact == BUDGET  # the words as verified are kept
    new = session.current_text(claim.id)
    assert new == BUDGET.replace("four years", "four or five years")
    assert diff_text(claim.exact, new) == (
        "We have set aside 2.4 billion crowns for flood defences over the next four "
        "{+or five+} years, which is three times what the previous government spent."
    )
    assert by[PUMPS[:12]].anchor == "moved"


def test_quote_reworded(doc):
    session, by = reopen(doc, lambda t: t.replace("three times what", "twice what"))
    claim = by[BUDGET[:12]]
    assert claim.anchor == "changed"
    assert ("-", "three times") in word_diff(claim.exact, session.current_text(claim.id))
    assert ("+", "twice") in word_diff(claim.exact, session.current_text(claim.id))


def test_paragraph_deleted_orphans_its_claim_and_moves_the_rest(doc):
    def drop(text):
        start = text.index("He warned that the Commission")
        return text[:start] + text[text.index("\n\n", start) + 2 :]

    session, by = reopen(doc, drop)
    assert by[PUMPS[:12]].anchor == "orphaned"
    assert by[PUMPS[:12]].exact == PUMPS and by[PUMPS[:12]].verdict == "accurate"
    assert by[BUDGET[:12]].anchor == "exact" and by[OWE[:12]].anchor == "exact"
    assert len(session.claims) == 3  # never dropped


def test_quote_deleted_orphans_it(doc):
    session, by = reopen(doc, lambda t: t.replace(f" “{OWE}”", ""))
    assert by[OWE[:12]].anchor == "orphaned"
    assert session.current_text(by[OWE[:12]].id) is None


def test_reformatted_document_is_not_flagged(doc):
    def reformat(text):
        text = text.replace(
            BUDGET, BUDGET.replace("crowns for", "crowns\nfor").replace(" which", "  which")
        )
        return text.replace('"', "“").replace(PUMPS, PUMPS.replace("1980", "1980"))

    session, by = reopen(doc, reformat)
    assert by[BUDGET[:12]].anchor in ("exact", "moved")
    assert session.current_text(by[BUDGET[:12]].id) == BUDGET.replace(
        "crowns for", "crowns\nfor"
    ).replace(" which", "  which")


def test_typography_only_changes_are_the_same_words():
    assert normalise("“It’s — done…”\u00a0now") == normalise('"It\'s - done..." now')


def test_a_quote_that_appears_twice_follows_its_context(tmp_path):
    text = (
        'The mayor said: "We will fix every road." Critics doubted it.\n\n'
        'A year later the mayor repeated: "We will fix every road." The roads were not fixed.\n'
    )
    (tmp_path / "d.txt").write_text(text)
    session = Session.open(tmp_path / "d.txt")
    second = text.index("We will fix every road.", 50)
    session.add_claim(session.new_claim(second, second + 23))
    session.save()
    (tmp_path / "d.txt").write_text(
        "Updated.\n" + text.replace("A year later", "Twelve months later")
    )
    session = Session.open(tmp_path / "d.txt")
    claim = session.claims[0]
    assert claim.anchor == "moved"
    assert session.document.text[claim.start - 30 : claim.start].endswith('mayor repeated: "')


def test_confirm_keeps_the_verified_words_in_history(doc):
    session, by = reopen(doc, lambda t: t.replace("three times what", "twice what"))
    claim = by[BUDGET[:12]]
    session.confirm_change(claim.id)
    assert claim.anchor == "exact" and "twice" in claim.exact
    assert claim.history[0]["text"] == BUDGET
    session.save()
    again = Session.open(doc)
    reloaded = next(c for c in again.claims if c.id == claim.id)
    assert reloaded.anchor == "exact" and reloaded.history[0]["text"] == BUDGET
    assert (
        len(
            json.loads(doc.with_name(doc.name + ".claims.json").read_text())["document"]["versions"]
        )
        == 2
    )


def test_left_orphaned_stays_orphaned(doc):
    session, by = reopen(doc, lambda t: t.replace("three times what", "twice what"))
    session.set_detached(by[BUDGET[:12]].id, True)
    session.save()
    again = Session.open(doc)
    assert next(c for c in again.claims if c.exact == BUDGET).anchor == "orphaned"


def test_check_reports_old_and_new_words(doc):
    doc.write_text(
        doc.read_text().replace("three times what", "twice what").replace(f" “{OWE}”", "")
    )
    out = subprocess.run(
        [sys.executable, "-m", "reader", "check", str(doc), "--json"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["anchors"] == {"exact": 0, "moved": 1, "changed": 1, "orphaned": 1}
    changes = {c["state"]: c for c in report["changes"]}
    assert changes["changed"]["old"] == BUDGET
    assert changes["changed"]["new"] == BUDGET.replace("three times what", "twice what")
    assert changes["orphaned"] == {
        "id": changes["orphaned"]["id"],
        "state": "orphaned",
        "old": OWE,
        "new": None,
    }
    text = subprocess.run(
        [sys.executable, "-m", "reader", "check", str(doc)], capture_output=True, text=True
    ).stdout
    assert "QUOTE EDITED SINCE VERIFICATION" in text and "[-three times-] {+twice+}" in text


WORDS = st.text(st.sampled_from(list("abcdefghij klmnop,.\n")), min_size=1, max_size=15)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_random_edits_outside_claims_never_change_or_orphan(data):
    text = sample_document().read_text(encoding="utf-8")
    claims = []
    for words in (BUDGET, PUMPS, OWE):
        start = text.index(words)
        claims.append(claim_for_span(text, start, start + len(words)))
    spans = sorted((c.start, c.end) for c in claims)
    gaps = [(0, spans[0][0])] + [(a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)]
    gaps.append((spans[-1][1], len(text)))
    for lo, hi in reversed(gaps):
        for _ in range(data.draw(st.integers(0, 3))):
            a = data.draw(st.integers(lo, hi))
            b = data.draw(st.integers(a, min(hi, a + 40)))
            text = text[:a] + data.draw(WORDS) + text[b:]
            hi = a
    expected = [c.exact for c in claims]
    reanchor(text, claims)
    for claim, words in zip(claims, expected, strict=True):
        assert claim.anchor in ("exact", "moved")
        assert text[claim.start : claim.end] == words
