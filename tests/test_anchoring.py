import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.anchoring import count_states, reanchor
from reader.claims import claim_for_span

TEXT = (
    "The minister said the plan would cost 2 billion. Critics said the plan would cost more.\n"
    'Later she said, "Unemployment fell to 4.1 per cent in May." Nobody disputed it.\n'
    "In the closing session she repeated that the plan would cost 2 billion.\n"
)


def claim(text, words, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return claim_for_span(text, start, start + len(words))


def test_unchanged_text_keeps_every_claim_exact():
    claims = [claim(TEXT, "Unemployment fell to 4.1 per cent in May."), claim(TEXT, "2 billion")]
    reanchor(TEXT, claims)
    assert [c.anchor for c in claims] == ["exact", "exact"]


def test_insertions_and_deletions_before_claims_move_them():
    c1 = claim(TEXT, "Unemployment fell to 4.1 per cent in May.")
    c2 = claim(TEXT, "Nobody disputed it.")
    edited = "UPDATED 10:40. " + TEXT.replace("Critics said the plan would cost more.\n", "\n")
    reanchor(edited, [c1, c2])
    assert [c.anchor for c in (c1, c2)] == ["moved", "moved"]
    assert edited[c1.start : c1.end] == "Unemployment fell to 4.1 per cent in May."
    assert edited[c2.start : c2.end] == "Nobody disputed it."
    assert c1.prefix.endswith('she said, "')


def test_repeated_words_follow_their_context():
    second = claim(TEXT, "the plan would cost 2 billion", nth=1)
    assert second.start > TEXT.index("closing session")
    edited = TEXT.replace(
        "In the closing session", "At the end of the closing session, speaking slowly,"
    )
    reanchor(edited, [second])
    assert second.anchor == "moved"
    assert second.start > edited.index("closing session")


def test_deleted_words_orphan_the_claim_but_keep_it():
    c = claim(TEXT, "Nobody disputed it.")
    edited = TEXT.replace("Nobody disputed it.", "")
    claims = [c]
    reanchor(edited, claims)
    assert claims == [c]
    assert c.anchor == "orphaned"
    assert c.exact == "Nobody disputed it."
    assert count_states(claims) == {"exact": 0, "moved": 0, "changed": 0, "orphaned": 1}


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_edits_outside_claims_never_lose_them(data):
    claims = [
        claim(TEXT, "Unemployment fell to 4.1 per cent in May."),
        claim(TEXT, "Critics said the plan would cost more."),
        claim(TEXT, "Nobody disputed it."),
    ]
    spans = sorted((c.start, c.end) for c in claims)
    gaps = (
        [(0, spans[0][0])]
        + [(a[1], b[0]) for a, b in zip(spans, spans[1:], strict=False)]
        + [(spans[-1][1], len(TEXT))]
    )
    text = TEXT
    # edit each gap independently, last gap first so earlier offsets stay valid
    for lo, hi in reversed(gaps):
        a = data.draw(st.integers(lo, hi))
        b = data.draw(st.integers(a, hi))
        insert = data.draw(st.text(st.characters(exclude_categories=("Cs",)), max_size=12))
        text = text[:a] + insert + text[b:]
    expected = [c.exact for c in claims]
    reanchor(text, claims)
    for c, exact in zip(claims, expected, strict=True):
        assert c.anchor in ("exact", "moved")
        assert text[c.start : c.end] == exact


def test_thousand_claims_follow_an_edit_at_the_top():
    rng = random.Random(4)
    paragraphs = [
        f"Paragraph {i}: the figure was {rng.randint(1, 10**6)} units." for i in range(3000)
    ]
    text = "\n".join(paragraphs)
    claims = [claim(text, p) for p in paragraphs[::3]]
    edited = "Correction appended at the top.\n" + text
    reanchor(edited, claims)
    assert {c.anchor for c in claims} == {"moved"}
    assert all(edited[c.start : c.end] == c.exact for c in claims)
