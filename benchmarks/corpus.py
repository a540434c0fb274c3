"""Synthetic documents for the benchmarks: press-release prose of any size, deterministic.

Paragraphs are drawn from the bundled sample with their numbers varied, so the text has
the quotes, speakers and repeats of the real genre without repeating verbatim.
"""

from __future__ import annotations

import random
import re

from reader.documents import load_document
from reader.resources import sample_document


def make_text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs = [p for p in load_document(sample_document()).text.split("\n\n") if len(p) > 80]
    out, total = [], 0
    while total < size:
        para = re.sub(r"\d+", lambda m: str(rng.randint(2, 99999)), rng.choice(paragraphs))
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)[:size]
