"""The one place where code-point offsets (the core's) meet UTF-16 offsets (Qt's).

Characters outside the Basic Multilingual Plane (emoji, some CJK, historic scripts) are
one code point in Python and two UTF-16 units in Qt. ``Utf16Map`` knows where they are
and converts in O(log n) both ways.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    def __init__(self, text: str):
        # code-point offsets of the characters Qt counts twice (none in ASCII text)
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral16 = [pos + i for i, pos in enumerate(self._astral)]  # UTF-16 offsets

    def to_qt(self, offset: int) -> int:
        """UTF-16 offset of a code-point offset."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, offset: int) -> int:
        """Code-point offset of a UTF-16 offset; one inside a surrogate pair rounds down
        to the character's start."""
        if not self._astral:
            return offset
        return offset - bisect_left(self._astral16, offset)
