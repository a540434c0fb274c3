"""The ``claim-reader`` command.

``claim-reader [DOC]`` opens the window (on the bundled sample without DOC);
``claim-reader check DOC`` and ``claim-reader quotes DOC`` work without Qt. Errors from the
core are printed here, once, naming the file: exit 2 on an error, 1 when claims are
orphaned, 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from reader import __version__
from reader.anchoring import count_states
from reader.claims import VERDICTS
from reader.documents import Document, load_document
from reader.errors import ReaderError
from reader.store import Notes, NotesStore


def _document_json(doc: Document) -> dict[str, object]:
    return {"path": str(doc.path), "sha256": doc.sha256, "length": doc.length}


def check_report(doc: Document, notes: Notes) -> dict[str, object]:
    verdicts = dict.fromkeys(VERDICTS, 0)
    for claim in notes.claims:
        verdicts[claim.verdict] += 1
    changes = []
    for claim in notes.claims:
        if claim.anchor in ("changed", "orphaned"):
            new = None if claim.anchor == "orphaned" else doc.text[claim.start : claim.end]
            changes.append({"id": claim.id, "state": claim.anchor, "old": claim.exact, "new": new})
    return {
        "document": _document_json(doc),
        "claims": len(notes.claims),
        "verdicts": verdicts,
        "anchors": count_states(notes.claims),
        "changes": changes,
    }


def cmd_check(args: argparse.Namespace) -> int:
    doc = load_document(args.document)
    store = NotesStore.for_document(doc)
    notes = store.load(doc)
    report = check_report(doc, notes)
    anchors = report["anchors"]
    assert isinstance(anchors, dict)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(f"{doc.path}: {doc.title}")
        print(f"notes: {store.path}" + ("" if store.path.exists() else " (none yet)"))
        print(f"claims: {len(notes.claims)}")
        verdicts = report["verdicts"]
        assert isinstance(verdicts, dict)
        print("verdicts: " + (", ".join(f"{v} {n}" for v, n in verdicts.items() if n) or "-"))
        print("anchors: " + ", ".join(f"{s} {n}" for s, n in anchors.items()))
        changes = report["changes"]
        assert isinstance(changes, list)
        for change in changes:
            if change["new"] is None:
                print(
                    f"ORPHANED {change['id']}: “{_snippet(change['old'])}” "
                    "is no longer in the document"
                )
            else:
                from reader.fuzzy import diff_text

                print(
                    f"QUOTE EDITED SINCE VERIFICATION {change['id']}: "
                    f"{diff_text(change['old'], change['new'])}"
                )
    return 1 if anchors["orphaned"] or anchors["changed"] else 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from reader.quotes import analyse

    doc = load_document(args.document)
    result = analyse(doc.text)
    if args.json:
        out = {
            "document": _document_json(doc),
            "quotes": [q.to_json() for q in result.quotes],
            "turns": [t.to_json() for t in result.turns],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for q in result.quotes:
        who = q.speaker or "(unknown speaker)"
        flag = " [partial]" if q.partial else ""
        print(f"{q.start}-{q.end} {who}{flag} ({q.confidence:.2f}): {_snippet(q.text)}")
        print(f"    {q.reason}")
    for t in result.turns:
        print(f"turn {t.start}-{t.end}: {t.speaker}")
    print(f"{len(result.quotes)} quotes, {len(result.turns)} turns")
    return 0


def _snippet(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_open(args: argparse.Namespace) -> int:
    path = Path(args.document) if args.document else None
    from reader.ui.app import run  # Qt is imported only when a window is wanted

    return run(path, screenshot=args.screenshot, select=args.select)


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claim-reader")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="summarise a document's claims and their anchors")
    check.add_argument("document")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(func=cmd_check)
    quotes = sub.add_parser("quotes", help="list the direct quotations and their speakers")
    quotes.add_argument("document")
    quotes.add_argument("--json", action="store_true", help="print JSON")
    quotes.set_defaults(func=cmd_quotes)
    return parser


def _open_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claim-reader",
        description="Open DOC (or the bundled sample) in the reader window. "
        "Other commands: 'claim-reader check DOC', 'claim-reader quotes DOC'.",
    )
    parser.add_argument("document", nargs="?", help="the document to open")
    parser.add_argument(
        "--screenshot", metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument("--select", metavar="CLAIM_ID", help="with --screenshot: select this claim")
    parser.add_argument("--version", action="version", version=f"claim-reader {__version__}")
    parser.set_defaults(func=cmd_open)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("check", "quotes"):
        args = _subcommand_parser().parse_args(argv)
    else:
        args = _open_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except ReaderError as exc:
        print(f"claim-reader: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `claim-reader quotes DOC | head`
        return 0
