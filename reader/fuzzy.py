"""Finding words that were edited: approximate re-anchoring and word-level diffs.

When a claim's exact words are gone, ``fuzzy_find`` looks near where they should be
(a window around the expected place, never the whole document) for the best approximate
match with rapidfuzz, trims it to the remembered context, and accepts it only above a
threshold: a note is never moved onto unrelated text. Whitespace and typographic
differences (straight or curly quotes, dashes, non-breaking spaces) do not count as
changes: ``same_words`` compares texts after ``normalise``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

#: Similarity (0-100, rapidfuzz ratio of the normalised texts) needed to accept an
#: approximate match as the claim's words.
ACCEPT = 70.0
#: The same, when the remembered prefix and suffix both still frame the match exactly.
ACCEPT_IN_CONTEXT = 50.0
#: Characters searched on either side of the expected place.
WINDOW = 2048
_ANCHOR = 12  # characters of prefix/suffix used to pin the match's edges

_TYPOGRAPHY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‹": "'",
        "›": "'",
        "–": "-",
        "—": "-",
        "‒": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "…": "...",
    }
)
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text with typography and spacing made plain, for comparison only."""
    text = unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)
    return _SPACES.sub(" ", text).strip()


def same_words(a: str, b: str) -> bool:
    return normalise(a) == normalise(b)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    score: float  # similarity of the normalised texts, 0-100


def fuzzy_find(text: str, exact: str, prefix: str, suffix: str, hint: int) -> Match | None:
    """The best approximate place of ``exact`` near ``hint``, or None below threshold."""
    n = len(exact)
    lo = max(0, hint - WINDOW - n // 2)
    hi = min(len(text), hint + n + WINDOW + n // 2)
    window = text[lo:hi]
    if not window.strip():
        return None
    found = fuzz.partial_ratio_alignment(exact, window, score_cutoff=40)
    if found is not None:
        start, end = lo + found.dest_start, lo + found.dest_end
    else:
        start, end = _between_context(text, prefix, suffix, lo, hi)
        if start < 0:
            return None
    start, end, pinned = _pin_edges(text, start, end, n, prefix, suffix)
    start, end = _best_edges(text, exact, start, end, pinned)
    start, end = _to_words(text, start, end)
    if end <= start:
        return None
    score = fuzz.ratio(normalise(exact), normalise(text[start:end]))
    framed = (
        prefix[-_ANCHOR:]
        and text.endswith(prefix[-_ANCHOR:], 0, start)
        and suffix[:_ANCHOR]
        and text.startswith(suffix[:_ANCHOR], end)
    )
    if score >= ACCEPT or (framed and score >= ACCEPT_IN_CONTEXT):
        return Match(start, end, score)
    return None


def _between_context(text: str, prefix: str, suffix: str, lo: int, hi: int) -> tuple[int, int]:
    """Where the remembered prefix and suffix still stand, the words between them."""
    head, tail = prefix[-_ANCHOR:], suffix[:_ANCHOR]
    if not head or not tail:
        return -1, -1
    p = text.find(head, lo, hi)
    if p < 0:
        return -1, -1
    s = text.find(tail, p + len(head), hi)
    return (p + len(head), s) if s > p + len(head) else (-1, -1)


def _pin_edges(
    text: str, start: int, end: int, n: int, prefix: str, suffix: str
) -> tuple[int, int, tuple[bool, bool]]:
    """Move the approximate edges onto the remembered context where it is still there:
    words inserted inside a quote make it longer than the alignment."""
    head, tail = prefix[-_ANCHOR:], suffix[:_ANCHOR]
    pinned = [False, False]
    if head:
        p = text.rfind(head, max(0, start - n // 2 - _ANCHOR - 8), start + n // 4 + _ANCHOR)
        if p >= 0:
            start, pinned[0] = p + len(head), True
    if tail:
        s = text.find(tail, max(start, end - n // 2 - 8), end + n + 16)
        if s >= 0:
            end, pinned[1] = s, True
    return start, end, (pinned[0], pinned[1])


def _best_edges(
    text: str, exact: str, start: int, end: int, pinned: tuple[bool, bool]
) -> tuple[int, int]:
    """Nudge an edge the context could not pin by a few characters, to where the words
    match best (an alignment of the old length is short by what was inserted)."""
    want = normalise(exact)
    if not pinned[1]:
        end = max(
            range(max(start + 1, end - 8), min(len(text), end + 8) + 1),
            key=lambda e: (fuzz.ratio(want, normalise(text[start:e])), -abs(e - end)),
        )
    if not pinned[0]:
        start = max(
            range(max(0, start - 8), min(end - 1, start + 8) + 1),
            key=lambda b: (fuzz.ratio(want, normalise(text[b:end])), -abs(b - start)),
        )
    return start, end


def _to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Never cut a word in two; never begin or end on white space."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level differences: a list of (op, words) with op one of "=", "-", "+"."""
    a, b = old.split(), new.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(b[j1:j2])))
    return out


def diff_text(old: str, new: str) -> str:
    """The diff as plain text: [-removed-] {+added+}."""
    parts = []
    for op, words in word_diff(old, new):
        parts.append(words if op == "=" else f"[-{words}-]" if op == "-" else f"{{+{words}+}}")
    return " ".join(parts)
