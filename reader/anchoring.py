"""Re-anchoring: find where each claim's words are in a (possibly edited) document.

A claim remembers its words (``exact``), some context (``prefix``, ``suffix``) and where
they were (``start``, ``end``). After the document changes, ``reanchor`` puts each claim
back on its words, cheapest evidence first: the old position; the old position moved by
the shift learnt from the previous claim; the nearest occurrence in a local window; an
occurrence anywhere, chosen by context and nearness. Only then does fuzzy matching
(``reader.fuzzy``) look for reworded text nearby. A claim that cannot be placed is marked
orphaned and keeps its last position; it is never dropped.

States: ``exact`` (same words, same place), ``moved`` (same words elsewhere), ``changed``
(found, but the words differ: the claim keeps the words as verified in its quote
selector, its position points at the current words), ``orphaned``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.claims import Claim, context_for

STATES = ("exact", "moved", "changed", "orphaned")
WINDOW = 4096  # characters searched either side of the expected place before the whole text
MAX_CANDIDATES = 1000  # occurrences weighed when the quote is a common phrase


@dataclass(frozen=True)
class Placement:
    state: str
    start: int
    end: int


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """How much of the remembered context surrounds ``text[start:end]`` (0 to 1)."""
    want = len(prefix) + len(suffix)
    if not want:
        return 1.0
    got = _common_suffix(text[max(0, start - len(prefix)) : start], prefix)
    got += _common_prefix(text[end : end + len(suffix)], suffix)
    return got / want


def _occurrences(text: str, exact: str, lo: int, hi: int) -> Iterable[int]:
    pos = text.find(exact, max(0, lo), hi)
    count = 0
    while pos != -1 and count < MAX_CANDIDATES:
        yield pos
        count += 1
        pos = text.find(exact, pos + 1, hi)


def _best(text: str, claim: Claim, hint: int, lo: int, hi: int) -> tuple[int, float] | None:
    best = None
    best_key: tuple[float, int] = (-1.0, 0)
    for pos in _occurrences(text, claim.exact, lo, hi):
        score = context_score(text, pos, pos + len(claim.exact), claim.prefix, claim.suffix)
        key = (score, -abs(pos - hint))
        if key > best_key:
            best, best_key = pos, key
    return None if best is None else (best, best_key[0])


def find_exact(text: str, claim: Claim, hint: int) -> int | None:
    """Where ``claim.exact`` is now, looking near ``hint`` first; None when it is gone."""
    n = len(claim.exact)
    near = _best(text, claim, hint, hint - WINDOW, hint + n + WINDOW)
    if near is not None and near[1] >= 0.5:
        return near[0]
    anywhere = _best(text, claim, hint, 0, len(text))
    if anywhere is None:
        return None
    if near is not None and near[1] >= anywhere[1]:
        return near[0]
    return anywhere[0]


def place(text: str, claim: Claim, shift: int = 0) -> Placement:
    """Where one claim belongs in ``text``; ``shift`` is the offset change seen just before."""
    exact, start = claim.exact, claim.start
    if start < 0:  # a file that gave only the quote: its place is wherever it is found
        pos = find_exact(text, claim, 0)
        if pos is None:
            return _fuzzy_or_orphan(text, claim, 0)
        return Placement("exact", pos, pos + len(exact))
    if text.startswith(exact, start):
        return Placement("exact", start, start + len(exact))
    hint = max(0, start + shift)
    if shift and text.startswith(exact, hint):
        return Placement("moved", hint, hint + len(exact))
    pos = find_exact(text, claim, hint)
    if pos is not None:
        return Placement("moved", pos, pos + len(exact))
    return _fuzzy_or_orphan(text, claim, hint)


def _fuzzy_or_orphan(text: str, claim: Claim, hint: int) -> Placement:
    from reader.fuzzy import fuzzy_find, same_words  # rapidfuzz only when words changed

    found = fuzzy_find(text, claim.exact, claim.prefix, claim.suffix, hint)
    if found is None:
        start = min(max(claim.start, 0), len(text))
        return Placement("orphaned", start, start)
    if same_words(text[found.start : found.end], claim.exact):
        state = "exact" if found.start == claim.start else "moved"
        return Placement(state, found.start, found.end)  # only spacing or typography differ
    return Placement("changed", found.start, found.end)


def _order(claim: Claim) -> int:
    return claim.start if claim.start >= 0 else 1 << 62  # quote-only claims last


def reanchor(text: str, claims: list[Claim]) -> None:
    """Place every claim on ``text``, updating its selectors and ``anchor`` state in place.

    A claim given only by position gets its quote from the text; one given only by quote
    gets its position. Orphans keep their selectors so they can be found or re-attached
    later.
    """
    shift = 0
    at = text.startswith
    for claim in sorted(claims, key=_order):
        exact, start = claim.exact, claim.start
        if exact and start >= 0 and at(exact, start):  # the common case: nothing moved
            claim.anchor = "exact"
            claim.end = start + len(exact)
            shift = 0
            n = len(claim.prefix)
            if not (n <= start and at(claim.prefix, start - n) and at(claim.suffix, claim.end)):
                _, claim.prefix, claim.suffix = context_for(text, start, claim.end)
            continue
        if not exact:  # position only: the words are whatever is there
            if claim.end <= len(text):
                claim.exact, claim.prefix, claim.suffix = context_for(text, claim.start, claim.end)
                claim.anchor = "exact"
            else:
                claim.anchor = "orphaned"
            continue
        if claim.detached:  # the user chose to leave it orphaned
            claim.anchor = "orphaned"
            continue
        found = place(text, claim, shift)
        claim.anchor = found.state
        if found.state == "orphaned":
            continue
        if claim.start >= 0:
            shift = found.start - claim.start
        claim.start, claim.end = found.start, found.end
        if found.state != "changed":  # a changed claim keeps the words as verified
            claim.exact, claim.prefix, claim.suffix = context_for(text, found.start, found.end)


def count_states(claims: Iterable[Claim]) -> dict[str, int]:
    counts = dict.fromkeys(STATES, 0)
    for claim in claims:
        counts[claim.anchor] += 1
    return counts
