"""Render docs/screenshot.png: the window on the sample with a few checked claims.

    python docs/screenshot.py

Copies the bundled sample to a temporary folder, makes some claims through the session
API (as the window would), then runs ``claim-reader DOC --screenshot``.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reader.claims import Source
from reader.quotes import analyse
from reader.resources import sample_document
from reader.session import Session

OUT = Path(__file__).with_name("screenshot.png")

with tempfile.TemporaryDirectory() as folder:
    doc = Path(folder) / "sample-readout.txt"
    shutil.copy(sample_document(), doc)
    session = Session.open(doc)
    quotes = analyse(session.document.text).quotes
    text = session.document.text

    def words(phrase: str, **values) -> None:
        start = text.index(phrase)
        session.add_claim(session.new_claim(start, start + len(phrase), **values))

    floods = session.claim_for_quote(quotes[0])
    floods.verdict, floods.tags = "accurate", ["floods"]
    floods.summary = "The October 2025 floods displaced 38,000 people in the Tarsk valley."
    floods.sources = [
        Source(
            url="https://example.org/floods-2025", title="Flood report 2025", accessed="2026-11-20"
        )
    ]
    session.add_claim(floods)
    budget = session.claim_for_quote(quotes[1])
    budget.verdict = "misleading"
    budget.summary = "The flood budget is three times the previous government's."
    budget.note = (
        "The previous government's figure leaves out regional co-funding; "
        "with it, the ratio is 1.8."
    )
    budget.sources = [
        Source(
            url="https://example.org/budget-2024",
            title="Budget 2024, table 7",
            accessed="2026-11-21",
        )
    ]
    budget.tags = ["budget"]
    session.add_claim(budget)
    words(
        "cut alert times from six hours to forty minutes",
        verdict="mostly-accurate",
        speaker="Helena Varga",
    )
    words(
        "reservoir levels in the north fell to 31 per cent in August, the lowest since "
        "records began in 1962",
        verdict="false",
        speaker="Tomas Oduya",
        summary="Reservoirs were at their lowest since 1962.",
    )
    words("hire 400 new engineers and technicians by 2027", speaker="Tomas Oduya")
    words("paid 9,400 claims since January", verdict="unsupported", speaker="Piotr Alder")
    session.save()
    subprocess.run(
        [sys.executable, "-m", "reader", str(doc), "--screenshot", str(OUT), "--select", budget.id],
        check=True,
    )
print(OUT)
