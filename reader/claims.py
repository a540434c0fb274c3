"""The claims model and its JSON shape.

A claim is a span of the document (a W3C Web Annotation ``target`` with a
TextQuoteSelector and a TextPositionSelector) plus the verification notes a fact-checker
keeps about it. ``claim_from_json`` validates one claim and keeps every field it does not
know in ``extra``, so a file written by a newer Claim Reader survives an older one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

VERDICTS = (
    "unverified",
    "accurate",
    "mostly-accurate",
    "misleading",
    "false",
    "unsupported",
    "not-checkable",
)
VERDICT_LABELS = {
    "unverified": "Unverified",
    "accurate": "Accurate",
    "mostly-accurate": "Mostly accurate",
    "misleading": "Misleading",
    "false": "False",
    "unsupported": "Unsupported",
    "not-checkable": "Not checkable / opinion",
}
KINDS = ("claim", "quote")
CONTEXT_CHARS = 32


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    return "c-" + os.urandom(6).hex()


@dataclass(slots=True)
class Source:
    url: str = ""
    title: str = ""
    accessed: str = ""  # ISO date the source was read
    archive_url: str = ""
    excerpt: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Claim:
    exact: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    id: str = field(default_factory=new_id)
    kind: str = "claim"
    speaker: str = ""
    summary: str = ""
    verdict: str = "unverified"
    note: str = ""
    context: str = ""
    sources: list[Source] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    created: str = field(default_factory=now_iso)
    modified: str = ""
    # Earlier wordings confirmed away: [{"text": ..., "replaced": iso time}, ...]
    history: list[dict[str, Any]] = field(default_factory=list)
    detached: bool = False  # the user left it orphaned: do not look for its words
    # Where the last re-anchoring found it: exact, moved, changed or orphaned. Not saved:
    # it is recomputed against the document on every load.
    anchor: str = "exact"
    extra: dict[str, Any] = field(default_factory=dict)
    target_extra: dict[str, Any] = field(default_factory=dict)
    other_selectors: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.modified:
            self.modified = self.created

    @property
    def orphaned(self) -> bool:
        return self.anchor == "orphaned"


def context_for(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(exact, prefix, suffix) of a span, with CONTEXT_CHARS of context on each side."""
    return (
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


def claim_for_span(text: str, start: int, end: int, **fields: Any) -> Claim:
    exact, prefix, suffix = context_for(text, start, end)
    return Claim(exact=exact, start=start, end=end, prefix=prefix, suffix=suffix, **fields)


# --- JSON ------------------------------------------------------------------------------

_CLAIM_KEYS = (
    "history",
    "detached",
    "id",
    "kind",
    "target",
    "speaker",
    "summary",
    "verdict",
    "note",
    "context",
    "sources",
    "tags",
    "created",
    "modified",
)
_CLAIM_KEY_SET = frozenset(_CLAIM_KEYS)
_KIND_SET, _VERDICT_SET = frozenset(KINDS), frozenset(VERDICTS)
_TEXT_KEYS = (
    "id",
    "kind",
    "speaker",
    "summary",
    "verdict",
    "note",
    "context",
    "created",
    "modified",
)
_SOURCE_KEYS = ("url", "title", "accessed", "archive_url", "excerpt")


def source_to_json(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {key: getattr(source, key) for key in _SOURCE_KEYS}
    out.update(sorted(source.extra.items()))
    return out


def claim_to_json(claim: Claim) -> dict[str, Any]:
    selectors: list[Any] = []
    if claim.exact:  # empty only for a position-only claim that fell off the document
        selectors.append(
            {
                "type": "TextQuoteSelector",
                "exact": claim.exact,
                "prefix": claim.prefix,
                "suffix": claim.suffix,
            }
        )
    if claim.start >= 0:
        selectors.append({"type": "TextPositionSelector", "start": claim.start, "end": claim.end})
    selectors.extend(claim.other_selectors)
    target: dict[str, Any] = {"selector": selectors}
    target.update(sorted(claim.target_extra.items()))
    out: dict[str, Any] = {
        "id": claim.id,
        "kind": claim.kind,
        "target": target,
        "speaker": claim.speaker,
        "summary": claim.summary,
        "verdict": claim.verdict,
        "note": claim.note,
        "context": claim.context,
        "sources": [source_to_json(s) for s in claim.sources],
        "tags": list(claim.tags),
        "created": claim.created,
        "modified": claim.modified,
    }
    if claim.history:  # written only when there is one, so older files stay byte-identical
        out["history"] = claim.history
    if claim.detached:
        out["detached"] = True
    out.update(sorted(claim.extra.items()))
    return out


class ClaimFormatError(ValueError):
    """One claim in a notes file is invalid; the message says which field and why."""


def _text(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if type(value) is str:
        return value
    if value is None:
        return default
    raise ClaimFormatError(f"'{key}' must be text, not {type(value).__name__}")


def _int(value: Any, what: str) -> int:
    if type(value) is not int or value < 0:
        raise ClaimFormatError(f"{what} must be a whole number >= 0, not {value!r}")
    return value


def source_from_json(data: Any) -> Source:
    if isinstance(data, str):  # a bare URL is a source too
        return Source(url=data)
    if not isinstance(data, dict):
        raise ClaimFormatError("a source must be an object with a 'url'")
    known = {key: _text(data, key) for key in _SOURCE_KEYS}
    extra = {k: v for k, v in data.items() if k not in _SOURCE_KEYS}
    return Source(**known, extra=extra)


def claim_from_json(data: Any, number: int) -> Claim:
    """Validate the ``number``-th claim of a file (its place is named in any error).

    Position or quote may be missing (start -1, exact ""): the store fills them in.
    """
    if not isinstance(data, dict):
        raise ClaimFormatError(f"claim {number}: a claim must be a JSON object")
    try:
        return _claim_from_json(data)
    except ClaimFormatError as exc:
        claim_id = data.get("id")
        label = f"claim {number}" + (f" (id {claim_id})" if isinstance(claim_id, str) else "")
        raise ClaimFormatError(f"{label}: {exc}") from None


def _claim_from_json(data: dict[str, Any]) -> Claim:
    target = data.get("target")
    selectors = target.get("selector") if isinstance(target, dict) else None
    if isinstance(selectors, dict):
        selectors = [selectors]
    if not isinstance(selectors, list):
        raise ClaimFormatError("'target' must hold a 'selector' list")
    assert isinstance(target, dict)
    quote = position = None
    others = []
    for sel in selectors:
        kind = sel.get("type") if isinstance(sel, dict) else None
        if kind == "TextQuoteSelector" and quote is None:
            quote = sel
        elif kind == "TextPositionSelector" and position is None:
            position = sel
        else:
            others.append(sel)
    if quote is None and position is None:
        raise ClaimFormatError("the target needs a TextQuoteSelector or a TextPositionSelector")
    exact = prefix = suffix = ""
    if quote is not None:
        exact, prefix, suffix = quote.get("exact"), quote.get("prefix", ""), quote.get("suffix", "")
        if not (type(exact) is str and type(prefix) is str and type(suffix) is str):
            exact, prefix, suffix = (_text(quote, k) for k in ("exact", "prefix", "suffix"))
        if not exact:
            raise ClaimFormatError("the TextQuoteSelector's 'exact' is empty")
    start = end = -1
    if position is not None:
        start = _int(position.get("start"), "the position's 'start'")
        end = _int(position.get("end"), "the position's 'end'")
        if end <= start:
            raise ClaimFormatError(f"the position ends ({end}) before it starts ({start})")
    for key in _TEXT_KEYS:
        value = data.get(key)
        if value is not None and type(value) is not str:
            raise ClaimFormatError(f"'{key}' must be text, not {type(value).__name__}")
    kind = data.get("kind") or "claim"
    if kind not in _KIND_SET:
        raise ClaimFormatError(f"kind '{kind}' is not one of {', '.join(KINDS)}")
    verdict = data.get("verdict") or "unverified"
    if verdict not in _VERDICT_SET:
        raise ClaimFormatError(f"verdict '{verdict}' is not one of {', '.join(VERDICTS)}")
    sources = data.get("sources") or []
    tags = data.get("tags") or []
    if not isinstance(sources, list):
        raise ClaimFormatError("'sources' must be a list")
    if not isinstance(tags, list) or (tags and not all(type(t) is str for t in tags)):
        raise ClaimFormatError("'tags' must be a list of text")
    parsed_sources = []
    for i, item in enumerate(sources):
        try:
            parsed_sources.append(source_from_json(item))
        except ClaimFormatError as exc:
            raise ClaimFormatError(f"source {i + 1}: {exc}") from None
    history = data.get("history") or []
    if not isinstance(history, list) or (history and not all(type(h) is dict for h in history)):
        raise ClaimFormatError("'history' must be a list of objects")
    detached = data.get("detached", False)
    if not isinstance(detached, bool):
        raise ClaimFormatError("'detached' must be true or false")
    created = data.get("created") or now_iso()
    extra = {}
    if not _CLAIM_KEY_SET.issuperset(data):
        extra = {k: v for k, v in data.items() if k not in _CLAIM_KEY_SET}
    return Claim(
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        id=data.get("id") or new_id(),
        kind=kind,
        speaker=data.get("speaker") or "",
        summary=data.get("summary") or "",
        verdict=verdict,
        note=data.get("note") or "",
        context=data.get("context") or "",
        sources=parsed_sources,
        tags=list(tags),
        created=created,
        modified=data.get("modified") or created,
        history=history,
        detached=detached,
        extra=extra,
        target_extra={k: v for k, v in target.items() if k != "selector"}
        if len(target) > 1
        else {},
        other_selectors=others,
    )
